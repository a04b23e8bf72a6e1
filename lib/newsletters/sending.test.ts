import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useConnection } from '@/db';
import {
  articles,
  emailSuppressions,
  memberships,
  newsletterDeliveries,
  newsletterIssues,
  newsletterSubscriptions,
  newsletters,
  users,
} from '@/db/schema';
import { openTestDatabase, testDatabaseKinds } from '@/db/testing';
import type { BodyDoc } from '@/domain/articles/body-doc';
import { seed } from '@/lib/content/seed';
import { env } from '@/lib/env';
import { closeBulkPool } from '@/lib/mail/bulk-mailer';
import { and, eq, sql } from 'drizzle-orm';
import { INTERRUPTED } from '@/db/queries/newsletter-sends';
import { runIssueSend, startIssueSend } from './sending';
import { unsubscribeToken } from './unsubscribe-token';

vi.mock('next/cache', () => ({ revalidateTag: vi.fn(), revalidatePath: vi.fn() }));

type Received = { to: string; subject: string; text: string; html: string; header: (name: string) => string };

/** A real SMTP listener: refuses some addresses for good (550) and some for now (451). */
async function startSmtp() {
  const received: Received[] = [];
  const refuse = new Map<string, string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo(address, _session, callback) {
      const answer = refuse.get(address.address);
      if (!answer) return callback();
      const error = Object.assign(new Error(answer.slice(4)), { responseCode: Number(answer.slice(0, 3)) });
      callback(error);
    },
    onData(stream, session, callback) {
      simpleParser(stream).then((mail) => {
        for (const rcpt of session.envelope.rcptTo)
          received.push({
            to: rcpt.address,
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
            header: (name: string) =>
              mail.headerLines
                .filter((h) => h.key === name.toLowerCase())
                .map((h) =>
                  h.line
                    .slice(h.line.indexOf(':') + 1)
                    .replace(/\r?\n\s+/g, ' ')
                    .trim(),
                )
                .join('\n'),
          });
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return { port, received, refuse, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const CANARY = 'Tamarisk-canary-7731';

const membersOnlyBody: BodyDoc = {
  type: 'doc',
  content: [
    ...Array.from({ length: 4 }, (_, i) => ({
      type: 'paragraph' as const,
      content: [
        {
          type: 'text' as const,
          text: `Public paragraph ${i + 1} about the pass road, open to every reader of the brief.`,
        },
      ],
    })),
    ...Array.from({ length: 8 }, (_, i) => ({
      type: 'paragraph' as const,
      content: [
        {
          type: 'text' as const,
          text: `Members' paragraph ${i + 1}: ${CANARY} reveals what the ministry said in private.`,
        },
      ],
    })),
  ],
};

describe.each(testDatabaseKinds)('sending a newsletter issue on %s', (kind) => {
  let conn: Awaited<ReturnType<typeof openTestDatabase>>;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let brief: { id: number };
  let weekly: { id: number };
  const people: Record<string, string> = {};

  const reader = async (label: string, { member = false } = {}) => {
    const [row] = await conn.db
      .insert(users)
      .values({ email: `${label}@example.org` })
      .returning();
    people[label] = row!.id;
    if (member)
      await conn.db.insert(memberships).values({
        id: `sub_${label}`,
        userId: row!.id,
        stripeCustomerId: `cus_${label}`,
        tier: 'member',
        priceId: 'price_member_monthly',
        amount: 1000,
        currency: 'usd',
        interval: 'month',
        status: 'active',
      });
    return row!.id;
  };
  const subscribe = (userId: string, newsletterId: number) =>
    conn.db
      .insert(newsletterSubscriptions)
      .values({ userId, newsletterId, status: 'subscribed', confirmedAt: new Date() });

  const story = async (slug: string) => {
    const [row] = await conn.db
      .insert(articles)
      .values({
        slug,
        headline: `The pass road (${slug})`,
        standfirst: 'What the closure means.',
        body: membersOnlyBody,
        access: 'members',
      })
      .returning();
    return row!.id;
  };

  /** Runs the job's slices until the send is done, as the job queue would. */
  const sendAll = async (issueId: number) => {
    for (let slice = 0; slice < 20; slice++) {
      const { runAgainAt } = await runIssueSend({ issueId });
      if (!runAgainAt) return;
      // Time passes: a delivery waiting to be retried is due now.
      await conn.db.execute(
        sql`update newsletter_deliveries set retry_at = now() where issue_id = ${issueId} and retry_at is not null`,
      );
    }
    throw new Error('The send did not finish');
  };
  const to = (label: string) => smtp.received.filter((m) => m.to === `${label}@example.org`);

  beforeAll(async () => {
    conn = await openTestDatabase(kind);
    await seed(conn.db);
    useConnection(conn);
    smtp = await startSmtp();
    env.NEWSLETTER_SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
    const all = await conn.db.select().from(newsletters);
    brief = all.find((n) => n.slug === 'the-daily-brief')!;
    weekly = all.find((n) => n.slug === 'ridgeline-weekly')!;
    await reader('member', { member: true });
    await reader('free');
    await reader('lapsed');
    await reader('gone', { member: true });
    await reader('greylisted');
    await reader('unsubscribed');
    for (const label of ['member', 'free', 'gone', 'greylisted', 'unsubscribed'])
      await subscribe(people[label]!, weekly.id);
    // A reader whose membership ended keeps their "yes" to the brief, but is not sent it.
    for (const label of ['member', 'lapsed', 'gone']) await subscribe(people[label]!, brief.id);
    await conn.db
      .update(newsletterSubscriptions)
      .set({ status: 'unsubscribed' })
      .where(eq(newsletterSubscriptions.userId, people.unsubscribed!));
    smtp.refuse.set('gone@example.org', '550 5.1.1 No such user here');
    smtp.refuse.set('greylisted@example.org', '451 4.7.1 Greylisted, try again later');
  });
  afterAll(async () => {
    closeBulkPool();
    env.NEWSLETTER_SMTP_URL = undefined;
    await smtp?.close();
    await conn?.dispose();
  });

  it('sends the members’ brief only to members, whole, with the list headers', async () => {
    const { issueId, created } = await startIssueSend({
      articleId: await story('brief-story'),
      newsletterId: brief.id,
    });
    expect(created).toBe(true);
    await sendAll(issueId);
    expect(to('lapsed')).toHaveLength(0);
    expect(to('free')).toHaveLength(0);
    const [mail] = to('member');
    expect(to('member')).toHaveLength(1);
    expect(mail!.text).toContain(CANARY);
    expect(mail!.html).toContain(CANARY);
    const unsubscribe = mail!.header('List-Unsubscribe');
    const token = unsubscribeToken({ userId: people.member!, newsletterId: brief.id });
    expect(unsubscribe).toContain(`${env.SITE_URL}/unsubscribe/${token}/one-click`);
    expect(unsubscribe).toContain('mailto:');
    expect(mail!.header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(mail!.header('List-Id')).toMatch(/^The Daily Brief <the-daily-brief\.newsletters\.localhost>$/);
    const [issue] = await conn.db.select().from(newsletterIssues).where(eq(newsletterIssues.id, issueId));
    expect(issue).toMatchObject({ sendStatus: 'sent', recipientCount: 2 });
  });

  it('bounces a 550 at RCPT: the address is suppressed and later sends skip it', async () => {
    const [suppressed] = await conn.db
      .select()
      .from(emailSuppressions)
      .where(eq(emailSuppressions.email, 'gone@example.org'));
    expect(suppressed).toMatchObject({ reason: 'bounce' });
    expect(suppressed!.detail).toContain('No such user');
    const [delivery] = await conn.db
      .select()
      .from(newsletterDeliveries)
      .where(eq(newsletterDeliveries.email, 'gone@example.org'));
    expect(delivery).toMatchObject({ status: 'bounced' });
  });

  it('cuts the members-only part for free subscribers, retries a 4xx and then suppresses it, and sends nobody anything twice', async () => {
    const articleId = await story('weekly-story');
    const { issueId } = await startIssueSend({ articleId, newsletterId: weekly.id });
    expect((await startIssueSend({ articleId, newsletterId: weekly.id })).created).toBe(false);
    await sendAll(issueId);
    await runIssueSend({ issueId });
    expect(to('member').filter((m) => m.subject.includes('weekly-story'))).toHaveLength(1);
    const free = to('free');
    expect(free).toHaveLength(1);
    expect(free[0]!.text).not.toContain(CANARY);
    expect(free[0]!.html).not.toContain(CANARY);
    expect(free[0]!.text).toContain('Public paragraph 1');
    expect(free[0]!.text).toMatch(/Become a member/i);
    expect(to('unsubscribed')).toHaveLength(0);
    // Bounced for the brief: not even tried for the weekly.
    expect(to('gone')).toHaveLength(0);
    const rows = await conn.db.select().from(newsletterDeliveries).where(eq(newsletterDeliveries.issueId, issueId));
    expect(rows.find((r) => r.email === 'gone@example.org')).toBeUndefined();
    const greylisted = rows.find((r) => r.email === 'greylisted@example.org')!;
    expect(greylisted).toMatchObject({ status: 'failed', attempts: 3 });
    expect(greylisted.error).toContain('Greylisted');
    const [suppressed] = await conn.db
      .select()
      .from(emailSuppressions)
      .where(eq(emailSuppressions.email, 'greylisted@example.org'));
    expect(suppressed).toMatchObject({ reason: 'repeated-failure' });
  });

  it('never resends a delivery a crashed sender had claimed, and skips a reader who unsubscribed mid-send', async () => {
    await conn.db.delete(emailSuppressions).where(sql`true`);
    smtp.refuse.delete('greylisted@example.org');
    const { issueId } = await startIssueSend({ articleId: await story('crash-story'), newsletterId: weekly.id });
    // The first slice computes the recipients; pretend a sender died holding the member's row.
    await runIssueSend({ issueId }, { sliceMs: 0 });
    await conn.db
      .update(newsletterDeliveries)
      .set({ status: 'sending', claimedUntil: sql`now() - interval '1 second'` })
      .where(and(eq(newsletterDeliveries.issueId, issueId), eq(newsletterDeliveries.email, 'member@example.org')));
    await conn.db
      .update(newsletterSubscriptions)
      .set({ status: 'unsubscribed' })
      .where(
        and(eq(newsletterSubscriptions.userId, people.free!), eq(newsletterSubscriptions.newsletterId, weekly.id)),
      );
    const before = smtp.received.length;
    await sendAll(issueId);
    const rows = await conn.db.select().from(newsletterDeliveries).where(eq(newsletterDeliveries.issueId, issueId));
    expect(rows.find((r) => r.email === 'member@example.org')).toMatchObject({ status: 'failed', error: INTERRUPTED });
    expect(rows.find((r) => r.email === 'free@example.org')).toMatchObject({ status: 'failed' });
    // Only the reader whose mail server now answers gets it; nobody gets anything twice.
    expect(smtp.received.slice(before).map((m) => m.to)).toEqual(['greylisted@example.org']);
  });

  it('sends the Russian weekly in Russian, and its unsubscribe links open the Russian edition', async () => {
    const [nedelya] = await conn.db.select().from(newsletters).where(eq(newsletters.slug, 'nedelya-na-kavkaze'));
    expect(nedelya?.language).toBe('ru');
    const russian = await reader('russian-reader');
    await subscribe(russian, nedelya!.id);
    const { issueId } = await startIssueSend({ articleId: await story('russian-story'), newsletterId: nedelya!.id });
    await sendAll(issueId);
    const [mail] = to('russian-reader');
    expect(to('russian-reader')).toHaveLength(1);
    const token = unsubscribeToken({ userId: russian, newsletterId: nedelya!.id });
    expect(mail!.html).toMatch(/^<!DOCTYPE html[^>]*>\s*<html[^>]*\blang="ru"/);
    expect(mail!.html).toContain(`href="${env.SITE_URL}/ru/unsubscribe/${token}"`);
    expect(mail!.text).toContain(`Отписаться: ${env.SITE_URL}/ru/unsubscribe/${token}\n`);
    expect(mail!.text).toContain('Вы получаете рассылку «Неделя на Кавказе», потому что подписались на неё.');
    expect(mail!.text).toContain(`Настроить рассылки: ${env.SITE_URL}/ru/account`);
    // A free subscriber of a members-only story: the invitation to join is Russian too.
    expect(mail!.text).toContain('Продолжение этого выпуска — для участников');
    expect(mail!.text).toContain(`Стать участником: ${env.SITE_URL}/ru/membership`);
    expect(mail!.text).not.toContain(CANARY);
    expect(mail!.header('List-Unsubscribe')).toContain(`${env.SITE_URL}/ru/unsubscribe/${token}/one-click`);
  });
});
