import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useConnection } from '@/db';
import {
  articles,
  auditLog,
  complimentaryGrants,
  membershipChanges,
  memberships,
  users,
  webhookFailures,
  type Membership,
} from '@/db/schema';
import { seed } from '@/lib/content/seed';
import { openTestDatabase, testDatabaseKinds } from '@/db/testing';
import { entitlementFor } from '@/domain/membership/entitlement';
import { memberCsvHeader, memberCsvLine } from '@/lib/membership/member-csv';
import { describeMember } from '@/domain/membership/member-status';
import {
  addMemberNote,
  countMembers,
  countMembersNow,
  getMemberDetail,
  grantComplimentaryMembership,
  listAllMembers,
  listMembers,
  MEMBERS_PAGE_SIZE,
  revokeComplimentaryGrant,
  type MemberFilter,
} from './admin-members';
import { getAttribution, getMemberNumbers, getMembershipTrend, listRecentWebhookFailures } from './dashboard';
import {
  applyStripeEvent,
  getComplimentaryUntil,
  getCurrentMembership,
  recordWebhookFailure,
  type MembershipCopy,
} from './memberships';

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);
const all: MemberFilter = { q: '', status: 'all', tier: null };

describe.each(testDatabaseKinds)('members and money on %s', (kind) => {
  let conn: Awaited<ReturnType<typeof openTestDatabase>>;
  let n = 0;
  let staffId = '';
  let storySlug = '';

  async function reader(label: string) {
    const [row] = await conn.db
      .insert(users)
      .values({ email: `${label}-${++n}@Example.org` })
      .returning();
    if (!row) throw new Error('no user');
    return row.id;
  }

  async function subscription(userId: string | null, values: Partial<Membership> & Pick<Membership, 'status'>) {
    const id = `sub_${++n}`;
    await conn.db.insert(memberships).values({
      id,
      userId,
      stripeCustomerId: `cus_${n}`,
      tier: 'member',
      priceId: 'price_member_monthly',
      amount: 1000,
      currency: 'usd',
      interval: 'month',
      createdAt: daysAgo(60),
      ...values,
    });
    return id;
  }

  beforeAll(async () => {
    conn = await openTestDatabase(kind);
    await seed(conn.db);
    useConnection(conn);
    const [staff] = await conn.db.select().from(users).where(eq(users.email, 'admin@newsroom.test'));
    staffId = staff?.id ?? '';
    const [story] = await conn.db.select({ slug: articles.slug }).from(articles).limit(1);
    storySlug = story?.slug ?? '';
  });
  afterAll(() => conn?.dispose());

  describe('the history of a subscription', () => {
    const copy = (over: Partial<MembershipCopy>): MembershipCopy => ({
      id: 'sub_history',
      userId: null,
      stripeCustomerId: 'cus_history',
      status: 'active',
      tier: 'member',
      priceId: 'price_member_monthly',
      amount: 1000,
      currency: 'usd',
      interval: 'month',
      currentPeriodEnd: new Date(Date.now() + 30 * DAY),
      cancelAtPeriodEnd: false,
      endedAt: null,
      attributionArticle: null,
      attributionPlacement: null,
      pausedUntil: null,
      cancellationReason: null,
      cancellationFeedback: null,
      ...over,
    });
    const changes = () =>
      conn.db
        .select()
        .from(membershipChanges)
        .where(eq(membershipChanges.membershipId, 'sub_history'))
        .orderBy(membershipChanges.id);

    it('records a line when a subscription appears and whenever its status, tier, price or cancellation changes', async () => {
      await applyStripeEvent({
        eventId: 'evt_h1',
        type: 'customer.subscription.created',
        subscriptionId: 'sub_history',
        read: async () => copy({}),
      });
      expect(await changes()).toHaveLength(1);
      // An event that changes nothing the history keeps (a later period end) adds no line.
      await applyStripeEvent({
        eventId: 'evt_h2',
        type: 'invoice.paid',
        subscriptionId: 'sub_history',
        read: async () => copy({ currentPeriodEnd: new Date(Date.now() + 60 * DAY) }),
      });
      expect(await changes()).toHaveLength(1);
      await applyStripeEvent({
        eventId: 'evt_h3',
        type: 'customer.subscription.updated',
        subscriptionId: 'sub_history',
        read: async () => copy({ cancelAtPeriodEnd: true }),
      });
      await applyStripeEvent({
        eventId: 'evt_h4',
        type: 'customer.subscription.updated',
        subscriptionId: 'sub_history',
        read: async () => copy({ cancelAtPeriodEnd: true, tier: 'patron', amount: 25000, interval: 'year' }),
      });
      await applyStripeEvent({
        eventId: 'evt_h5',
        type: 'customer.subscription.deleted',
        subscriptionId: 'sub_history',
        read: async () =>
          copy({
            status: 'canceled',
            cancelAtPeriodEnd: true,
            tier: 'patron',
            amount: 25000,
            interval: 'year',
            endedAt: new Date(),
          }),
      });
      const lines = await changes();
      expect(lines.map((l) => [l.status, l.tier, l.amount, l.interval, l.cancelAtPeriodEnd])).toEqual([
        ['active', 'member', 1000, 'month', false],
        ['active', 'member', 1000, 'month', true],
        ['active', 'patron', 25000, 'year', true],
        ['canceled', 'patron', 25000, 'year', true],
      ]);
    });

    it('adds nothing for a replayed event', async () => {
      await applyStripeEvent({
        eventId: 'evt_h5',
        type: 'customer.subscription.deleted',
        subscriptionId: 'sub_history',
        read: async () => copy({ status: 'active' }),
      });
      expect(await changes()).toHaveLength(4);
    });
  });

  describe('who counts as a member', () => {
    const ids: Record<string, string> = {};
    beforeAll(async () => {
      // The history test above left a cancelled, accountless subscription; it must count nowhere.
      ids.active = await reader('active');
      await subscription(ids.active, { status: 'active', attributionArticle: 'x', createdAt: daysAgo(10) });
      ids.trialing = await reader('trialing');
      await subscription(ids.trialing, { status: 'trialing', tier: 'supporter', amount: 5000, interval: 'year' });
      ids.graceNoDate = await reader('grace-no-date');
      await subscription(ids.graceNoDate, { status: 'past_due', pastDueSince: null, amount: 500, tier: 'supporter' });
      ids.grace = await reader('grace');
      await subscription(ids.grace, { status: 'past_due', pastDueSince: daysAgo(3), tier: 'patron', amount: 2500 });
      ids.lapsed = await reader('lapsed');
      await subscription(ids.lapsed, { status: 'past_due', pastDueSince: daysAgo(10), tier: 'patron', amount: 2500 });
      ids.canceled = await reader('canceled');
      await subscription(ids.canceled, { status: 'canceled', endedAt: daysAgo(5) });
      ids.canceledWithGrant = await reader('canceled-with-grant');
      await subscription(ids.canceledWithGrant, { status: 'canceled', endedAt: daysAgo(45) });
      await conn.db
        .insert(complimentaryGrants)
        .values({ userId: ids.canceledWithGrant, endsAt: daysAgo(-20), reason: 'hardship' });
      ids.grantOnly = await reader('grant-only');
      await conn.db
        .insert(complimentaryGrants)
        .values({ userId: ids.grantOnly, endsAt: daysAgo(-200), reason: 'source' });
      ids.grantEnded = await reader('grant-ended');
      await conn.db
        .insert(complimentaryGrants)
        .values({ userId: ids.grantEnded, endsAt: daysAgo(2), reason: 'trial', createdAt: daysAgo(32) });
      ids.incomplete = await reader('incomplete');
      await subscription(ids.incomplete, { status: 'incomplete', createdAt: daysAgo(4) });
      ids.rejoined = await reader('rejoined');
      await subscription(ids.rejoined, { status: 'canceled', endedAt: daysAgo(100), createdAt: daysAgo(200) });
      await subscription(ids.rejoined, {
        status: 'active',
        tier: 'patron',
        amount: 25000,
        interval: 'year',
        createdAt: daysAgo(20),
        attributionArticle: storySlug,
        attributionPlacement: 'end-of-article',
      });
      ids.newYearly = await reader('new-yearly');
      await subscription(ids.newYearly, {
        status: 'active',
        tier: 'supporter',
        amount: 5000,
        interval: 'year',
        createdAt: daysAgo(1),
        attributionArticle: storySlug,
        attributionPlacement: 'in-article',
      });
      // Paused (Stripe's pause_collection): still 'active' at Stripe, but nobody pays, so not a member.
      ids.paused = await reader('paused');
      await subscription(ids.paused, { status: 'active', pausedUntil: daysAgo(-40), tier: 'patron', amount: 2500 });
      ids.unpaid = await reader('unpaid');
      await subscription(ids.unpaid, { status: 'unpaid' });
      ids.nobody = await reader('nobody');
      // A subscription whose reader deleted their account still pays: it counts in MRR, not as a member.
      await subscription(null, { status: 'active', amount: 300, tier: 'custom' });
    });

    it('agrees with the entitlement function for every reader', async () => {
      const listed = new Set((await listAllMembers({ filter: { ...all, status: 'member' } })).map((r) => r.userId));
      const everyone = await conn.db.select({ id: users.id }).from(users);
      for (const { id } of everyone) {
        const membership = await getCurrentMembership({ userId: id });
        const entitlement = entitlementFor({
          membership,
          complimentaryUntil: await getComplimentaryUntil({ userId: id, now: new Date() }),
        });
        expect(listed.has(id), Object.entries(ids).find(([, v]) => v === id)?.[0] ?? id).toBe(entitlement.isMember);
      }
      expect([...listed].sort()).toEqual(
        [ids.active, ids.trialing, ids.grace, ids.canceledWithGrant, ids.grantOnly, ids.rejoined, ids.newYearly].sort(),
      );
      const numbers = await getMemberNumbers();
      expect(numbers.membersNow).toBe(listed.size);
      expect(await countMembers({ ...all, status: 'member' })).toBe(listed.size);
      // The public count on /membership: the same readers, not every running subscription, and
      // it follows the entitlement as grace runs out (five days on, the reader in grace is not one).
      expect(await countMembersNow()).toBe(listed.size);
      const later = daysAgo(-5);
      let membersLater = 0;
      for (const { id } of everyone) {
        const membership = await getCurrentMembership({ userId: id });
        const complimentaryUntil = await getComplimentaryUntil({ userId: id, now: new Date() });
        if (entitlementFor({ membership, complimentaryUntil }, later).isMember) membersLater++;
      }
      expect(membersLater).toBe(listed.size - 1);
      expect(await countMembersNow({ now: later })).toBe(membersLater);
    });

    it('describes each row with the same verdict', async () => {
      for (const row of await listAllMembers({ filter: all })) {
        const membership = await getCurrentMembership({ userId: row.userId });
        const expected = entitlementFor({
          membership,
          complimentaryUntil: await getComplimentaryUntil({ userId: row.userId, now: new Date() }),
        });
        expect(describeMember(row).isMember).toBe(expected.isMember);
      }
    });

    it('counts members by tier, grants apart', async () => {
      const { byTier, complimentaryOnly } = await getMemberNumbers();
      expect(Object.fromEntries(byTier.map((t) => [t.tier ?? 'complimentary', t.members]))).toEqual({
        member: 1,
        supporter: 2,
        patron: 2,
        complimentary: 2,
      });
      expect(complimentaryOnly).toBe(2);
    });

    it('sums monthly recurring revenue from live subscriptions, yearly ones at a twelfth', async () => {
      const { mrr } = await getMemberNumbers();
      // active 1000, trialing 5000/12, grace 500 and 2500, rejoined 25000/12, new yearly 5000/12, accountless 300.
      expect(mrr).toEqual([
        {
          currency: 'usd',
          cents: Math.round(1000 + 5000 / 12 + 2500 + 25000 / 12 + 5000 / 12 + 300),
          subscriptions: 6,
        },
      ]);
    });

    it('counts who joined and who left in the last 30 days, and who is past due', async () => {
      const numbers = await getMemberNumbers();
      // Joined: active (10 days), rejoined (20 days), new yearly (1 day) and the history test's
      // subscription (today, since cancelled); not the unfinished checkout.
      expect(numbers.startedInWindow).toBe(4);
      // Left: canceled 5 days ago, and the history test's subscription today; not 45 or 100 days ago.
      expect(numbers.endedInWindow).toBe(2);
      expect(numbers.pastDue).toBe(3);
      expect(numbers.pastDue).toBe(await countMembers({ ...all, status: 'past_due' }));
    });

    it('names the stories and appeals that brought new members', async () => {
      const { stories, placements } = await getAttribution();
      expect(stories[0]).toMatchObject({ slug: storySlug, members: 2 });
      expect(stories[0]?.headline).toBeTruthy();
      expect(stories.find((s) => s.slug === 'x')).toMatchObject({ members: 1, headline: null });
      expect(Object.fromEntries(placements.map((p) => [p.placement ?? 'none', p.members]))).toEqual({
        'end-of-article': 1,
        'in-article': 1,
        none: 2,
      });
    });

    it('filters by status, tier and a piece of the address in any case', async () => {
      const emails = async (filter: Partial<MemberFilter>) =>
        (await listAllMembers({ filter: { ...all, ...filter } })).map((r) => r.email.replace(/-\d+@.*/, ''));
      expect(await emails({ q: 'GRACE' })).toEqual(expect.arrayContaining(['grace', 'grace-no-date']));
      expect((await emails({ q: 'GRACE' })).length).toBe(2);
      expect((await emails({ q: '%' })).length).toBe(0);
      expect((await emails({ status: 'complimentary' })).sort()).toEqual(['canceled-with-grant', 'grant-only']);
      expect((await emails({ status: 'cancelled' })).sort()).toEqual([
        'canceled',
        'grace-no-date',
        'grant-ended',
        'lapsed',
        'paused',
        'unpaid',
      ]);
      expect((await emails({ status: 'member', tier: 'patron' })).sort()).toEqual(['grace', 'rejoined']);
      expect(await emails({})).not.toContain('nobody');
      expect(await emails({})).toContain('incomplete');
    });

    it('rebuilds members and MRR over 12 weeks, ending at today’s figures', async () => {
      const numbers = await getMemberNumbers();
      const trend = await getMembershipTrend();
      expect(trend).toHaveLength(13);
      const last = trend.at(-1);
      expect(last?.members).toBe(numbers.membersNow);
      expect(last?.mrr.usd).toBe(numbers.mrr[0]?.cents);
      // Four weeks ago none of the last month's joiners were there yet, while the past_due
      // member whose copy has no date was still counted then and has lapsed since.
      expect(trend[8]?.members ?? 0).toBeLessThanOrEqual(numbers.membersNow);
      expect(trend[8]?.members ?? 0).toBeGreaterThan(0);
    });
  });

  describe('pages and the export', () => {
    beforeAll(async () => {
      for (let i = 0; i < MEMBERS_PAGE_SIZE + 5; i++)
        await subscription(await reader('bulk'), { status: 'active', createdAt: daysAgo(i % 7) });
    });

    it('pages through exactly the rows of the whole list, and the CSV holds the same rows in the same order', async () => {
      const filter: MemberFilter = { q: 'bulk', status: 'member', tier: 'member' };
      const first = await listMembers({ filter, page: 1 });
      const second = await listMembers({ filter, page: 2 });
      expect(first.total).toBe(MEMBERS_PAGE_SIZE + 5);
      expect(first.pageCount).toBe(2);
      const whole = await listAllMembers({ filter });
      expect([...first.items, ...second.items].map((r) => r.userId)).toEqual(whole.map((r) => r.userId));
      const now = new Date();
      const csv = memberCsvHeader() + whole.map((r) => memberCsvLine(r, now)).join('');
      const lines = csv.trimEnd().split('\r\n');
      expect(lines[0]).toBe('email,tier,status,amount,currency,interval,member_since,next,next_date');
      expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(whole.map((r) => r.email));
      expect(lines[1]?.split(',').slice(1, 6)).toEqual(['Member', 'Active', '10.00', 'USD', 'month']);
    });
  });

  describe('grants, notes and webhook failures', () => {
    it('grants and revokes a complimentary membership, with an audit trail', async () => {
      const userId = await reader('granted');
      expect(
        await grantComplimentaryMembership({
          userId,
          endsAt: daysAgo(-30),
          reason: 'Source protection',
          actorId: staffId,
        }),
      ).toEqual({ ok: true });
      expect((await getComplimentaryUntil({ userId, now: new Date() }))?.getTime()).toBeGreaterThan(Date.now());
      const detail = await getMemberDetail({ userId });
      const grant = detail?.grants[0];
      expect(grant).toMatchObject({ reason: 'Source protection', grantedBy: 'admin@newsroom.test', revoked: null });
      expect(await revokeComplimentaryGrant({ userId, grantId: grant?.id ?? 0, actorId: staffId })).toEqual({
        ok: true,
      });
      expect(await revokeComplimentaryGrant({ userId, grantId: grant?.id ?? 0, actorId: staffId })).toEqual({
        ok: false,
      });
      expect(await getComplimentaryUntil({ userId, now: new Date() })).toBeNull();
      expect((await getMemberDetail({ userId }))?.grants[0]?.revoked?.by).toBe('admin@newsroom.test');
      const actions = (await conn.db.select().from(auditLog).where(eq(auditLog.actorId, staffId))).map((a) => a.action);
      expect(actions).toEqual(expect.arrayContaining(['members.grant', 'members.grant.revoke']));
      expect(
        await grantComplimentaryMembership({
          userId: 'no-such-user',
          endsAt: daysAgo(-3),
          reason: 'x',
          actorId: staffId,
        }),
      ).toEqual({ ok: false });
    });

    it('keeps staff notes on an account, newest first', async () => {
      const userId = await reader('noted');
      await addMemberNote({ userId, body: 'Asked to be called by the first name only.', authorId: staffId });
      await addMemberNote({ userId, body: 'Card replaced.', authorId: staffId });
      expect((await getMemberDetail({ userId }))?.notes.map((x) => x.body)).toEqual([
        'Card replaced.',
        'Asked to be called by the first name only.',
      ]);
      expect(await addMemberNote({ userId: 'no-such-user', body: 'x', authorId: staffId })).toEqual({ ok: false });
    });

    it('records webhook failures, and only a limited number of unsigned ones an hour', async () => {
      await recordWebhookFailure({
        eventId: 'evt_broken',
        eventType: 'invoice.paid',
        error: 'Stripe could not be read',
      });
      for (let i = 0; i < 102; i++)
        await recordWebhookFailure({ eventId: null, eventType: null, error: 'bad signature' });
      const unsigned = await conn.db.select().from(webhookFailures).where(eq(webhookFailures.error, 'bad signature'));
      expect(unsigned).toHaveLength(100);
      const { rows, inWindow } = await listRecentWebhookFailures({ limit: 200 });
      expect(inWindow).toBe(101);
      expect(rows.find((r) => r.eventId === 'evt_broken')).toMatchObject({ eventType: 'invoice.paid' });
    });
  });
});
