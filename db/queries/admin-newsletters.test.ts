import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useConnection } from '@/db';
import {
  auditLog,
  complimentaryGrants,
  emailSuppressions,
  memberships,
  newsletterDeliveries,
  newsletterIssues,
  newsletterSubscriptions,
  users,
} from '@/db/schema';
import { openTestDatabase, testDatabaseKinds } from '@/db/testing';
import { seed } from '@/lib/content/seed';
import {
  clearSuppression,
  getIssueProgress,
  getNewsletterForAdmin,
  listDeliveryProblems,
  listIssuesForAdmin,
  listNewslettersForAdmin,
  listSuppressions,
  PROBLEMS_PAGE_SIZE,
  saveNewsletter,
  type NewsletterFields,
} from './admin-newsletters';

const DAY = 86_400_000;
const body = {
  type: 'doc' as const,
  content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Hello.' }] }],
};

const fields = (overrides: Partial<NewsletterFields> = {}): NewsletterFields => ({
  name: 'Border Notes',
  slug: 'border-notes',
  language: 'en',
  description: 'What changed at the crossings this week.',
  sample: 'A few paragraphs from the frontier.',
  senderName: 'Ridgeline’s editors',
  audience: 'everyone',
  autoSubscribeMembers: false,
  schedule: { days: ['tue', 'fri'], time: '09:30' },
  ...overrides,
});

describe.each(testDatabaseKinds)('the newsletters admin on %s', (kind) => {
  let conn: Awaited<ReturnType<typeof openTestDatabase>>;
  let editorId = '';
  let n = 0;

  const reader = async (label: string) => {
    const [row] = await conn.db
      .insert(users)
      .values({ email: `${label}-${++n}@example.org` })
      .returning();
    return row!;
  };

  const subscribe = (userId: string, newsletterId: number, status: 'pending' | 'subscribed' | 'unsubscribed') =>
    conn.db.insert(newsletterSubscriptions).values({ userId, newsletterId, status });

  const issue = async (newsletterId: number, values: Partial<typeof newsletterIssues.$inferInsert> = {}) => {
    const [row] = await conn.db
      .insert(newsletterIssues)
      .values({ newsletterId, slug: `issue-${++n}`, subject: `Issue ${n}`, body, ...values })
      .returning();
    return row!;
  };

  beforeAll(async () => {
    conn = await openTestDatabase(kind);
    await seed(conn.db);
    useConnection(conn);
    editorId = (await reader('editor')).id;
  });
  afterAll(() => conn?.dispose());

  it('adds a newsletter, refuses an address another one has, changes it, and audit-logs both saves', async () => {
    const created = await saveNewsletter({ actorId: editorId, fields: fields() });
    expect(created).toEqual({ ok: true, id: expect.any(Number), previousSlug: null });
    if (!created.ok) return;
    expect(await saveNewsletter({ actorId: editorId, fields: fields({ name: 'Other' }) })).toEqual({
      ok: false,
      reason: 'slug-taken',
    });
    expect(
      await saveNewsletter({ id: created.id, actorId: editorId, fields: fields({ slug: 'the-daily-brief' }) }),
    ).toEqual({ ok: false, reason: 'slug-taken' });

    const changed = await saveNewsletter({
      id: created.id,
      actorId: editorId,
      fields: fields({ slug: 'frontier-notes', audience: 'members', autoSubscribeMembers: true, schedule: null }),
    });
    expect(changed).toEqual({ ok: true, id: created.id, previousSlug: 'border-notes' });
    expect(await getNewsletterForAdmin({ id: created.id })).toMatchObject({
      slug: 'frontier-notes',
      audience: 'members',
      autoSubscribeMembers: true,
      scheduleDays: [],
      scheduleTime: null,
      schedule: null,
    });
    expect(await saveNewsletter({ id: 999_999, actorId: editorId, fields: fields({ slug: 'nowhere' }) })).toEqual({
      ok: false,
      reason: 'not-found',
    });

    const audit = await conn.db
      .select({ action: auditLog.action, details: auditLog.details, actorId: auditLog.actorId })
      .from(auditLog)
      .where(inArray(auditLog.action, ['newsletters.create', 'newsletters.update']))
      .orderBy(auditLog.id);
    expect(audit).toEqual([
      {
        action: 'newsletters.create',
        actorId: editorId,
        details: expect.objectContaining({ newsletterId: created.id, slug: 'border-notes' }),
      },
      {
        action: 'newsletters.update',
        actorId: editorId,
        details: expect.objectContaining({
          newsletterId: created.id,
          slug: 'frontier-notes',
          previousSlug: 'border-notes',
        }),
      },
    ]);
  });

  it('lists every newsletter with confirmed subscribers, the members among them now, and its last issue', async () => {
    const members = await saveNewsletter({
      actorId: editorId,
      fields: fields({ name: 'Members Desk', slug: 'members-desk', audience: 'members' }),
    });
    const free = await saveNewsletter({
      actorId: editorId,
      fields: fields({
        name: 'Open Desk',
        slug: 'open-desk',
        schedule: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], time: '07:00' },
      }),
    });
    if (!members.ok || !free.ok) throw new Error('not saved');

    const paying = await reader('paying');
    const granted = await reader('granted');
    const lapsed = await reader('lapsed');
    const pending = await reader('pending');
    const left = await reader('left');
    await conn.db.insert(memberships).values([
      {
        id: `sub_${++n}`,
        userId: paying.id,
        stripeCustomerId: `cus_${n}`,
        status: 'active',
        tier: 'member',
        priceId: 'p',
        amount: 1000,
        currency: 'usd',
        interval: 'month',
      },
      {
        id: `sub_${++n}`,
        userId: lapsed.id,
        stripeCustomerId: `cus_${n}`,
        status: 'canceled',
        tier: 'member',
        priceId: 'p',
        amount: 1000,
        currency: 'usd',
        interval: 'month',
      },
    ]);
    await conn.db.insert(complimentaryGrants).values({
      userId: granted.id,
      endsAt: new Date(Date.now() + 30 * DAY),
      reason: 'Press pass',
      grantedBy: editorId,
    });
    for (const who of [paying, granted, lapsed]) {
      await subscribe(who.id, members.id, 'subscribed');
      await subscribe(who.id, free.id, 'subscribed');
    }
    await subscribe(pending.id, members.id, 'pending');
    await subscribe(left.id, members.id, 'unsubscribed');

    await issue(members.id, { subject: 'Older', sentAt: new Date(Date.now() - 2 * DAY) });
    const newest = await issue(members.id, {
      subject: 'Newest',
      sentAt: new Date(Date.now() - DAY),
      sendStatus: 'sending',
    });
    await issue(members.id, { subject: 'Not sent yet', sentAt: null, sendStatus: 'sending' });

    const rows = await listNewslettersForAdmin();
    expect(rows.find((r) => r.id === members.id)).toMatchObject({
      name: 'Members Desk',
      audience: 'members',
      schedule: { days: ['tue', 'fri'], time: '09:30' },
      subscribers: 3,
      membersNow: 2,
      lastIssue: { id: newest.id, subject: 'Newest', sendStatus: 'sending' },
    });
    expect(rows.find((r) => r.id === free.id)).toMatchObject({ subscribers: 3, membersNow: null, lastIssue: null });
    expect(rows.map((r) => r.slug)).toEqual(expect.arrayContaining(['the-daily-brief', 'ridgeline-weekly']));
    expect(rows.find((r) => r.slug === 'the-daily-brief')?.lastIssue).not.toBeNull();
  });

  describe('an issue’s send', () => {
    let newsletterId = 0;
    let issueId = 0;

    beforeAll(async () => {
      const saved = await saveNewsletter({ actorId: editorId, fields: fields({ name: 'Sends', slug: 'sends' }) });
      if (!saved.ok) throw new Error('not saved');
      newsletterId = saved.id;
      await issue(newsletterId, { subject: 'From content', sentAt: new Date(Date.now() - 3 * DAY) });
      const sending = await issue(newsletterId, {
        subject: 'Going out',
        sentAt: new Date(Date.now() - 60_000),
        sendStatus: 'sending',
        recipientCount: 60,
      });
      issueId = sending.id;
      const states = [
        ...Array<'sent'>(5).fill('sent'),
        'queued',
        'sending',
        ...Array<'failed'>(PROBLEMS_PAGE_SIZE).fill('failed'),
        'bounced',
      ] as const;
      for (const [i, status] of states.entries()) {
        const who = await reader(`recipient-${String(i).padStart(2, '0')}`);
        await conn.db.insert(newsletterDeliveries).values({
          issueId,
          userId: who.id,
          email: who.email,
          version: i % 2 ? 'free' : 'member',
          status,
          attempts: status === 'failed' ? 3 : 1,
          error:
            status === 'bounced' ? '550 5.1.1 No such user' : status === 'failed' ? '451 4.3.0 Try again later' : null,
        });
      }
    });

    it('lists the issues newest first with sent N of M, failures and bounces', async () => {
      const { items, total } = await listIssuesForAdmin({ newsletterId });
      expect(total).toBe(2);
      expect(items.map((i) => i.subject)).toEqual(['Going out', 'From content']);
      expect(items[0]).toMatchObject({
        sendStatus: 'sending',
        sent: 5,
        recipients: 60,
        failed: PROBLEMS_PAGE_SIZE,
        bounced: 1,
      });
      expect(items[1]).toMatchObject({ sendStatus: 'sent', total: 0, recipientCount: null, recipients: 0 });
    });

    it('tells the progress by state and by version, and only under its own newsletter', async () => {
      const progress = await getIssueProgress({ newsletterId, issueId });
      expect(progress).toMatchObject({
        recipients: 60,
        total: 5 + 2 + PROBLEMS_PAGE_SIZE + 1,
        sent: 5,
        queued: 1,
        sending: 1,
        failed: PROBLEMS_PAGE_SIZE,
        bounced: 1,
      });
      expect(progress!.member.total + progress!.free.total).toBe(progress!.total);
      expect(progress!.member.sent).toBe(3);
      expect(progress!.free.sent).toBe(2);
      const brief = (await listNewslettersForAdmin()).find((r) => r.slug === 'the-daily-brief')!;
      expect(await getIssueProgress({ newsletterId: brief.id, issueId })).toBeNull();
    });

    it('lists failures and bounces with the address and the mail server’s answer, a page at a time', async () => {
      const first = await listDeliveryProblems({ issueId });
      expect(first.total).toBe(PROBLEMS_PAGE_SIZE + 1);
      expect(first.pageCount).toBe(2);
      expect(first.items).toHaveLength(PROBLEMS_PAGE_SIZE);
      const second = await listDeliveryProblems({ issueId, page: 2 });
      expect(second.items).toHaveLength(1);
      const all = [...first.items, ...second.items];
      expect(all.find((d) => d.status === 'bounced')).toMatchObject({ error: '550 5.1.1 No such user' });
      expect(all.every((d) => d.status === 'failed' || d.status === 'bounced')).toBe(true);
    });
  });

  it('searches the suppression list by address and clears an entry once, audit-logged', async () => {
    await conn.db.insert(emailSuppressions).values([
      { email: 'gone@example.net', reason: 'bounce', detail: '550 5.1.1 No such user' },
      { email: 'flaky@example.com', reason: 'repeated-failure', detail: '451 Try later' },
    ]);
    expect((await listSuppressions()).total).toBe(2);
    expect((await listSuppressions({ q: 'EXAMPLE.NET' })).items.map((s) => s.email)).toEqual(['gone@example.net']);

    expect(await clearSuppression({ email: 'gone@example.net', actorId: editorId })).toBe(true);
    expect(await clearSuppression({ email: 'gone@example.net', actorId: editorId })).toBe(false);
    expect((await listSuppressions()).items.map((s) => s.email)).toEqual(['flaky@example.com']);
    const audit = await conn.db.select().from(auditLog).where(eq(auditLog.action, 'newsletters.suppression.clear'));
    expect(audit).toEqual([
      expect.objectContaining({
        actorId: editorId,
        details: { email: 'gone@example.net', reason: 'bounce', detail: '550 5.1.1 No such user' },
      }),
    ]);
  });
});
