import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useConnection } from '@/db';
import { openConnection, type Connection } from '@/db/client';
import { INTERRUPTED } from '@/db/queries/newsletter-sends';
import { articles, newsletterDeliveries, newsletterIssues } from '@/db/schema';
import { openTestDatabase, testDatabaseKinds } from '@/db/testing';
import { seed } from '@/lib/content/seed';
import { addWeeklySubscribers } from '@/test/newsletter-subscribers';
import { startIssueSend } from './sending';

const RECIPIENTS = 200;
const root = path.resolve(import.meta.dirname, '../..');

/** An SMTP listener that takes its time over each message, so a send is still running when it is killed. */
async function startSlowSmtp() {
  const received: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      stream.on('error', () => undefined); // the sender killed mid-message
      stream.resume();
      stream.on('end', () => {
        for (const rcpt of session.envelope.rcptTo) received.push(rcpt.address);
        setTimeout(callback, 5);
      });
    },
  });
  // Killing the sender resets its connections mid-message: that is the point of the test, not
  // an error of the listener's (without a listener smtp-server's 'error' is thrown, uncaught).
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The sender (the job runner's part of a send) in its own process, as in the server. */
function startSender(env: Record<string, string>): { child: ChildProcess; exited: Promise<number | null> } {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--import', './test/server-code.mjs', 'test/newsletter-sender.ts'],
    { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      if (code) console.error(errors);
      resolve(code);
    }),
  );
  return { child, exited };
}

describe.each(testDatabaseKinds)('a newsletter send killed mid-way on %s', (kind) => {
  let test: Awaited<ReturnType<typeof openTestDatabase>>;
  let smtp: Awaited<ReturnType<typeof startSlowSmtp>>;
  let issueId: number;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'newsletter-crash-'));

  /** PGlite belongs to one process at a time: the test opens it only while no sender runs. */
  const withDb = async <T>(work: (conn: Connection) => Promise<T>): Promise<T> => {
    if (kind === 'postgres') return work(test);
    const conn = await openConnection({ dataDir: test.location.dataDir! });
    try {
      return await work(conn);
    } finally {
      await conn.close();
    }
  };

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    await seed(test.db);
    useConnection(test);
    const weekly = await addWeeklySubscribers(test.db, { prefix: 'crash-reader', count: RECIPIENTS });
    const [story] = await test.db
      .insert(articles)
      .values({
        slug: 'crash-story',
        headline: 'A story sent while the server dies',
        body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hello.' }] }] },
      })
      .returning();
    ({ issueId } = await startIssueSend({ articleId: story!.id, newsletterId: weekly.id }));
    if (kind === 'pglite') await test.close();
    smtp = await startSlowSmtp();
  });
  afterAll(async () => {
    await smtp?.close();
    if (kind === 'postgres') await test?.dispose();
    else fs.rmSync(test.location.dataDir!, { recursive: true, force: true });
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it(
    'finishes after a restart with one message per address at most, every delivery accounted for',
    { timeout: 120_000 },
    async () => {
      const senderEnv: Record<string, string> = {
        ISSUE_ID: String(issueId),
        DATABASE_URL: test.location.url ?? '',
        DATA_DIR: kind === 'pglite' ? test.location.dataDir! : scratch,
        NEWSLETTER_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
        NEWSLETTER_SEND_RATE: '100',
        NEWSLETTER_SMTP_CONNECTIONS: '2',
        SMTP_URL: '',
      };
      const first = startSender(senderEnv);
      await expect
        .poll(() => smtp.received.length, { timeout: 30_000, interval: 20 })
        .toBeGreaterThanOrEqual(RECIPIENTS / 4);
      first.child.kill('SIGKILL');
      await first.exited;
      const atKill = smtp.received.length;
      expect(atKill).toBeLessThan(RECIPIENTS);

      // The dead sender's claims lapse (a minute in real time); the restarted one resumes.
      await withDb((conn) =>
        conn.db.execute(
          sql`update newsletter_deliveries set claimed_until = now() - interval '1 second' where claimed_until is not null`,
        ),
      );
      const second = startSender(senderEnv);
      expect(await second.exited).toBe(0);

      const rows = await withDb((conn) =>
        conn.db
          .select()
          .from(newsletterDeliveries)
          .where(sql`${newsletterDeliveries.issueId} = ${issueId}`),
      );
      expect(rows).toHaveLength(RECIPIENTS);
      const counts = new Map<string, number>();
      for (const to of smtp.received) counts.set(to, (counts.get(to) ?? 0) + 1);
      // Nobody twice.
      expect([...counts.values()].every((n) => n === 1)).toBe(true);
      // Every delivery marked sent arrived exactly once.
      for (const row of rows.filter((r) => r.status === 'sent')) expect(counts.get(row.email)).toBe(1);
      // The rest were with the mail server at the moment of the kill: at most one per message in flight.
      const interrupted = rows.filter((r) => r.status !== 'sent');
      expect(interrupted.every((r) => r.status === 'failed' && r.error === INTERRUPTED)).toBe(true);
      expect(interrupted.length).toBeLessThanOrEqual(2);
      expect(smtp.received.length).toBeGreaterThan(atKill);
      expect(smtp.received.length).toBeGreaterThanOrEqual(RECIPIENTS - interrupted.length);
      console.log(
        `Killed after ${atKill} of ${RECIPIENTS}; ${interrupted.length} were with the mail server at that moment.`,
      );
      const [issue] = await withDb((conn) =>
        conn.db
          .select()
          .from(newsletterIssues)
          .where(sql`${newsletterIssues.id} = ${issueId}`),
      );
      expect(issue).toMatchObject({ sendStatus: 'sent', recipientCount: RECIPIENTS });
    },
  );
});
