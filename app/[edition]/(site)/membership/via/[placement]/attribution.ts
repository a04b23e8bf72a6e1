import 'server-only';
import { getPublishedArticle } from '@/lib/content/reads';
import { APPEAL_PLACEMENTS } from '@/lib/membership/links';
import { linkSlug } from '@/domain/slug';

export type ViaParams = { placement: string; from?: string };

/**
 * What the prerendered offer carries on to Checkout: a known placement, and the story only if it
 * is one we publish (anything else is dropped rather than recorded as where a member came from).
 */
export async function attributedOffer({ placement, from }: ViaParams): Promise<{ placement: string; from: string }> {
  const knownPlacement = (APPEAL_PLACEMENTS as readonly string[]).includes(placement) ? placement : '';
  const slug = linkSlug(from);
  const story = slug && (await getPublishedArticle({ slug })) ? slug : '';
  return { placement: knownPlacement, from: story };
}
