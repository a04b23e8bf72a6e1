import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { useConnection as shareConnection } from '@/db';
import { openConnection } from '@/db/client';
import { articles } from '@/db/schema';
import { seed } from '@/lib/content/seed';
import { startIssueSend } from '@/lib/newsletters/sending';
import { addWeeklySubscribers } from '@/test/newsletter-subscribers';

/**
 * Sends one issue of Ridgeline Weekly to BENCH_RECIPIENTS (10,000) subscribers, a fifth of them
 * members, into a local SMTP sink, and prints messages per second and the sender's memory as
 * the send goes. The sender is test/newsletter-sender.ts, the job runner's part of a send in a
 * process of its own, so its memory is the send's alone. Goal (#12): all delivered in ≤ 60 s,
 * memory flat while sending. Run: npm run bench:newsletter
 */
const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 10_000);
const RATE = process.env.BENCH_RATE ?? '1000';
const CONNECTIONS = process.env.BENCH_CONNECTIONS ?? '5';
const root = path.resolve(import.meta.dirname, '..');

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsletter-bench-'));
console.log(`Preparing ${RECIPIENTS.toLocaleString('en')} subscribers in an embedded database (${dataDir})…`);
const conn = await openConnection({ dataDir });
await conn.migrate();
await seed(conn.db);
shareConnection(conn);
const weekly = await addWeeklySubscribers(conn.db, { prefix: 'bench-reader', count: RECIPIENTS, memberEvery: 5 });
const story = await conn.db.query.articles.findFirst({
  where: sql`${articles.access} = 'members' and ${articles.status} = 'published'`,
});
const { issueId } = await startIssueSend({ articleId: story!.id, newsletterId: weekly.id });
await conn.close();

let delivered = 0;
let bytes = 0;
const sink = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    stream.on('data', (chunk: Buffer) => (bytes += chunk.length));
    stream.on('end', () => {
      delivered += session.envelope.rcptTo.length;
      callback();
    });
  },
});
await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
const port = (sink.server.address() as { port: number }).port;

console.log(`Sending "${story!.headline}" at up to ${RATE} messages/s over ${CONNECTIONS} connections…`);
const started = performance.now();
const sender = spawn(
  process.execPath,
  ['--import', 'tsx', '--import', './test/server-code.mjs', 'test/newsletter-sender.ts'],
  {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      ISSUE_ID: String(issueId),
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      SMTP_URL: '',
      NEWSLETTER_SMTP_URL: `smtp://127.0.0.1:${port}`,
      NEWSLETTER_SEND_RATE: RATE,
      NEWSLETTER_SMTP_CONNECTIONS: CONNECTIONS,
    },
  },
);

const rssMb = () => {
  try {
    const status = fs.readFileSync(`/proc/${sender.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
};
const samples: { at: number; delivered: number; rss: number }[] = [];
const timer = setInterval(() => samples.push({ at: performance.now() - started, delivered, rss: rssMb() }), 100);
const code = await new Promise<number | null>((resolve) => sender.on('exit', resolve));
clearInterval(timer);
const seconds = (performance.now() - started) / 1000;
await new Promise<void>((resolve) => sink.close(() => resolve()));
fs.rmSync(dataDir, { recursive: true, force: true });

const sending = samples.filter((s) => s.delivered > 0 && s.rss > 0);
const at = (share: number) => sending.find((s) => s.delivered >= RECIPIENTS * share);
const peak = Math.max(...samples.map((s) => s.rss));
console.log('');
console.log(
  `Delivered            ${delivered.toLocaleString('en')} of ${RECIPIENTS.toLocaleString('en')} (sender exit code ${code})`,
);
console.log(`Time                 ${seconds.toFixed(1)} s (start-up, recipients and rendering included)`);
console.log(
  `Rate                 ${Math.round(delivered / seconds)} messages/s, ${(bytes / delivered / 1024).toFixed(1)} KB each`,
);
console.log(`Sender memory (RSS)  peak ${peak.toFixed(0)} MB; while sending:`);
for (const share of [0.1, 0.25, 0.5, 0.75, 0.99]) {
  const sample = at(share);
  if (sample)
    console.log(
      `  at ${String(Math.round(share * 100)).padStart(2)} % sent        ${sample.rss.toFixed(0)} MB (${(sample.at / 1000).toFixed(1)} s)`,
    );
}
const flat = at(0.1) && at(0.99) ? at(0.99)!.rss - at(0.1)!.rss : NaN;
console.log(`Growth 10 % → 99 %   ${flat.toFixed(0)} MB`);
console.log(
  `Goal                 all delivered in ≤ 60 s: ${delivered === RECIPIENTS && seconds <= 60 ? 'met' : 'NOT met'}`,
);
process.exit(code === 0 && delivered === RECIPIENTS ? 0 : 1);
