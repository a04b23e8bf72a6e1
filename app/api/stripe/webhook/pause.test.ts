import { asc, eq } from 'drizzle-orm';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { membershipChanges, memberships, users } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { useTestDatabase } from '@/test/database';
import { getCancellationReasons } from '@/db/queries/dashboard';
import type { SignedInViewer } from '@/lib/auth/viewer';
import { env } from '@/lib/env';
import { priceIdFor, syncCatalog } from '@/lib/membership/catalog';
import {
  cancelMembership,
  keepMembership,
  pauseMembership,
  resumeMembership,
  switchPlan,
} from '@/lib/membership/staying';
import { reader } from '@/test/viewer-standin';
import { CARD, subscribe } from '@/stripe-standin/test-support';
import { startAppStripe } from '@/test/app-stripe';
import { deliverSigned, shuffled } from '@/test/stripe-webhook';

vi.mock('next/cache', () => ({ revalidateTag: vi.fn() }));

const deliver = async (event: object) => (await deliverSigned(event)).outcome;

let stripe: Awaited<ReturnType<typeof startAppStripe>>;
/** While set, every event the stand-in sends also reaches the app's webhook, as in a real run. */
let forwarding = false;
beforeAll(async () => {
  stripe = await startAppStripe();
  env.SMTP_URL = undefined;
  stripe.t.receiver.respond = async (delivery) => {
    if (forwarding) await deliver(delivery.event);
    return 200;
  };
});
afterAll(async () => {
  await stripe?.close();
});

describe.each(testDatabaseKinds)('pausing and leaving through the Stripe webhook on %s', (kind) => {
  const conn = useTestDatabase(kind);
  let n = 0;

  /** A member whose Checkout events have all been applied. */
  async function newMember(price = stripe.plans.monthly.id) {
    const [user] = await conn()
      .db.insert(users)
      .values({ email: `pause-${kind}-${++n}@example.org` })
      .returning();
    if (!user) throw new Error('no user');
    const { customer, subscription } = await subscribe(stripe.t, price, CARD.succeeds, {
      user_id: user.id,
    });
    await conn().db.update(users).set({ stripeCustomerId: customer.id }).where(eq(users.id, user.id));
    const events = () =>
      stripe.t.receiver.deliveries
        .map((d) => d.event)
        .filter((event) => JSON.stringify(event.data.object).includes(subscription.id));
    await stripe.t.receiver.waitFor(() => events().some((e) => e.type === 'checkout.session.completed'));
    for (const event of events()) await deliver(event);
    return {
      user,
      subscription,
      events,
      viewer: reader('reader', { userId: user.id, email: user.email }) as SignedInViewer,
    };
  }

  const copyOf = async (id: string) => (await conn().db.select().from(memberships).where(eq(memberships.id, id)))[0];
  const historyOf = (id: string) =>
    conn()
      .db.select()
      .from(membershipChanges)
      .where(eq(membershipChanges.membershipId, id))
      .orderBy(asc(membershipChanges.id));

  async function pauseEvent(member: Awaited<ReturnType<typeof newMember>>) {
    const resumesAt = Math.floor(Date.now() / 1000) + 30 * 86_400;
    await stripe.t.stripe.subscriptions.update(member.subscription.id, {
      pause_collection: { behavior: 'void', resumes_at: resumesAt },
    });
    let event: Stripe.Event | undefined;
    await stripe.t.receiver.waitFor(() =>
      Boolean(
        (event = member
          .events()
          .find(
            (e) =>
              e.type === 'customer.subscription.updated' && e.data.object.pause_collection?.resumes_at === resumesAt,
          )),
      ),
    );
    return { event: event!, resumesAt: new Date(resumesAt * 1000) };
  }

  it('applies a replayed pause event once: one pause, one line of history', async () => {
    const member = await newMember();
    const { event, resumesAt } = await pauseEvent(member);
    expect(await deliver(event)).toBe('applied');
    expect(await deliver(event)).toBe('duplicate');
    expect(await deliver(event)).toBe('duplicate');
    expect((await copyOf(member.subscription.id))?.pausedUntil).toEqual(resumesAt);
    const paused = (await historyOf(member.subscription.id)).filter((c) => c.pausedUntil);
    expect(paused).toHaveLength(1);
    expect(paused[0]).toMatchObject({ status: 'active', pausedUntil: resumesAt });
  });

  it('ends with the same single pause whatever order the events and their duplicates arrive in', async () => {
    const member = await newMember();
    const { resumesAt } = await pauseEvent(member);
    // A fresh copy of the history: everything the stand-in sent, twice over, in a random order.
    await conn().db.delete(memberships).where(eq(memberships.id, member.subscription.id));
    const again = member.events().map((event) => ({ ...event, id: `${event.id}_again` }));
    for (const event of shuffled([...again, ...again])) await deliver(event);
    expect((await copyOf(member.subscription.id))?.pausedUntil).toEqual(resumesAt);
    const history = await historyOf(member.subscription.id);
    expect(history.filter((c) => c.pausedUntil)).toHaveLength(1);
    // Each event re-reads the paused subscription, so the first one applied writes the pause and the rest change nothing.
    expect(history).toHaveLength(1);
  });

  it('applies concurrent duplicates of a pause once', async () => {
    const member = await newMember();
    const { event, resumesAt } = await pauseEvent(member);
    const outcomes = await Promise.all(Array.from({ length: 6 }, () => deliver(event)));
    expect(outcomes.filter((o) => o === 'applied')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(5);
    expect((await historyOf(member.subscription.id)).filter((c) => c.pausedUntil)).toEqual([
      expect.objectContaining({ pausedUntil: resumesAt }),
    ]);
  });

  it('moves a member who finds it too expensive to the cheaper tier, written by its webhook', async () => {
    // The newsroom's own catalogue, so that $10 a month has the $5 Supporter below it.
    await syncCatalog(stripe.t.stripe);
    const member = await newMember(
      await priceIdFor(stripe.t.stripe, { tier: 'member', interval: 'month', amount: 1000 }),
    );
    forwarding = true;
    try {
      const started = Date.now();
      await switchPlan(member.viewer, { tier: 'supporter', interval: 'month' });
      expect(Date.now() - started).toBeLessThan(3000);
      const moved = await stripe.t.stripe.subscriptions.retrieve(member.subscription.id);
      expect(moved.items.data[0]?.price.lookup_key).toBe('supporter_monthly');
      expect(moved.metadata.tier).toBe('supporter');
      expect(await copyOf(member.subscription.id)).toMatchObject({ tier: 'supporter', amount: 500, interval: 'month' });
    } finally {
      forwarding = false;
    }
  });

  it('pauses, resumes, cancels with a reason and takes it back from the account, each written by its webhook', async () => {
    const member = await newMember();
    forwarding = true;
    try {
      const until = await pauseMembership(member.viewer, 2);
      const paused = await stripe.t.stripe.subscriptions.retrieve(member.subscription.id);
      expect(paused.pause_collection).toEqual({ behavior: 'void', resumes_at: Math.floor(until.getTime() / 1000) });
      expect((await copyOf(member.subscription.id))?.pausedUntil).toEqual(
        new Date(Math.floor(until.getTime() / 1000) * 1000),
      );
      await expect(pauseMembership(member.viewer, 1)).rejects.toThrow('already paused');

      await resumeMembership(member.viewer);
      expect((await stripe.t.stripe.subscriptions.retrieve(member.subscription.id)).pause_collection).toBeNull();
      expect((await copyOf(member.subscription.id))?.pausedUntil).toBeNull();

      await cancelMembership(member.viewer, { reason: 'not-reading', comment: 'Back after the harvest.' });
      const cancelling = await stripe.t.stripe.subscriptions.retrieve(member.subscription.id);
      expect(cancelling).toMatchObject({
        cancel_at_period_end: true,
        cancellation_details: { feedback: 'unused', comment: 'Back after the harvest.' },
        metadata: { cancellation_reason: 'not-reading' },
      });
      expect(await copyOf(member.subscription.id)).toMatchObject({
        cancelAtPeriodEnd: true,
        cancellationReason: 'not-reading',
        cancellationFeedback: 'Back after the harvest.',
      });
      const history = await historyOf(member.subscription.id);
      expect(history.filter((c) => c.cancellationReason)).toEqual([
        expect.objectContaining({ cancelAtPeriodEnd: true, cancellationReason: 'not-reading' }),
      ]);
      const [thisMonth] = await getCancellationReasons();
      expect(thisMonth?.counts['not-reading']).toBeGreaterThanOrEqual(1);

      await keepMembership(member.viewer);
      const kept = await stripe.t.stripe.subscriptions.retrieve(member.subscription.id);
      expect(kept.cancel_at_period_end).toBe(false);
      expect(kept.metadata.cancellation_reason).toBeUndefined();
      expect(await copyOf(member.subscription.id)).toMatchObject({
        cancelAtPeriodEnd: false,
        cancellationReason: null,
        cancellationFeedback: null,
      });
    } finally {
      forwarding = false;
    }
  });
});
