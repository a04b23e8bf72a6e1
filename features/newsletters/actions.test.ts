import { beforeEach, describe, expect, it, vi } from 'vitest';

const revalidatePath = vi.fn();
const setSubscription = vi.fn();
const newsletters = {
  1: { id: 1, name: 'Ridgeline Weekly', audience: 'everyone' },
  2: { id: 2, name: 'The Daily Brief', audience: 'members' },
} as const;
const getNewsletterById = vi.fn(({ id }: { id: number }) =>
  Promise.resolve(newsletters[id as keyof typeof newsletters] ?? null),
);
vi.mock('next/cache', () => ({ revalidatePath }));
vi.mock('@/db/queries/newsletters', () => ({ getNewsletterById, setSubscription }));
vi.mock('@/lib/auth/viewer', () => import('@/test/viewer-standin'));

const { callAs, form, reader } = await import('@/test/viewer-standin');
const { setNewsletterSubscriptionAction } = await import('@/features/newsletters/actions');

const member = reader('reader', {
  userId: 'm1',
  membership: { status: 'active', pastDueSince: null, pausedUntil: null },
});
const free = reader('reader', { userId: 'f1' });

describe('switching a newsletter on /account', () => {
  beforeEach(() => {
    vi.clearAllMocks();
  });

  it('subscribes and unsubscribes the signed-in reader, and refreshes only /account', async () => {
    callAs(free);
    await setNewsletterSubscriptionAction(form({ newsletterId: '1', subscribe: 'true' }));
    await setNewsletterSubscriptionAction(form({ newsletterId: '1', subscribe: 'false' }));
    expect(setSubscription.mock.calls).toEqual([
      [{ userId: 'f1', newsletterId: 1, subscribed: true }],
      [{ userId: 'f1', newsletterId: 1, subscribed: false }],
    ]);
    expect(revalidatePath.mock.calls).toEqual([['/account'], ['/account']]);
  });

  it('lets a member switch on the members’ brief, and nobody else', async () => {
    callAs(member);
    await setNewsletterSubscriptionAction(form({ newsletterId: '2', subscribe: 'true' }));
    expect(setSubscription).toHaveBeenCalledWith({ userId: 'm1', newsletterId: 2, subscribed: true });
    setSubscription.mockClear();
    callAs(free);
    await setNewsletterSubscriptionAction(form({ newsletterId: '2', subscribe: 'true' }));
    expect(setSubscription).not.toHaveBeenCalled();
    // Switching it off is always allowed: a lapsed member must be able to stop it.
    await setNewsletterSubscriptionAction(form({ newsletterId: '2', subscribe: 'false' }));
    expect(setSubscription).toHaveBeenCalledWith({ userId: 'f1', newsletterId: 2, subscribed: false });
  });

  it('writes nothing for an anonymous visitor or an unknown newsletter', async () => {
    callAs({ kind: 'anonymous' });
    await setNewsletterSubscriptionAction(form({ newsletterId: '1', subscribe: 'true' }));
    callAs(free);
    await setNewsletterSubscriptionAction(form({ newsletterId: '9', subscribe: 'true' }));
    await setNewsletterSubscriptionAction(form({ newsletterId: 'x', subscribe: 'true' }));
    expect(setSubscription).not.toHaveBeenCalled();
  });
});
