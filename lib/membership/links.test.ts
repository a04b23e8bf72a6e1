import { describe, expect, it } from 'vitest';
import nextConfig from '@/next.config';
import { APPEAL_PLACEMENTS, membershipHref } from './links';

/** next.config.ts's rewrites of an edition's /membership for anonymous readers, each as the query it needs. */
async function membershipRewrites(source = '/membership') {
  const rewrites = await nextConfig.rewrites!();
  const rules = Array.isArray(rewrites) ? rewrites : rewrites.beforeFiles;
  return (rules ?? [])
    .filter((rule) => rule.source === source)
    .map((rule) => ({
      destination: rule.destination,
      matches: (href: string) => {
        const query = new URL(href, 'http://newsroom.test').searchParams;
        return (rule.has ?? []).every((condition) => {
          const value = condition.type === 'query' ? query.get(condition.key) : null;
          return value !== null && new RegExp(`^${condition.value ?? '.*'}$`).test(value);
        });
      },
    }));
}

describe('the links appeals make to the offer', () => {
  it('are rewritten to the prerendered offer from every appeal placement, with or without the story', async () => {
    const [withStory, placementOnly] = await membershipRewrites();
    for (const placement of APPEAL_PLACEMENTS) {
      expect(withStory?.matches(membershipHref(placement, 'talks-resume-in-yerevan')), placement).toBe(true);
      expect(placementOnly?.matches(membershipHref(placement)), placement).toBe(true);
    }
    // Every reader route is in app/[edition]/; the English edition's is /en/ inside.
    expect(withStory?.destination).toBe('/en/membership/via/:placement/:from');
    const [russianWithStory, russianPlacementOnly] = await membershipRewrites('/ru/membership');
    expect(russianWithStory?.destination).toBe('/ru/membership/via/:placement/:from');
    expect(russianPlacementOnly?.destination).toBe('/ru/membership/via/:placement');
  });

  it('leave a placement no appeal uses, or a malformed story, to the per-request page', async () => {
    const [withStory, placementOnly] = await membershipRewrites();
    expect(placementOnly?.matches('/membership?placement=sidebar')).toBe(false);
    expect(withStory?.matches('/membership?placement=banner&from=../admin')).toBe(false);
  });
});
