import 'server-only';
import net from 'node:net';
import nodemailer, { type Transporter } from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import { env } from '@/lib/env';
import { sendMail } from './mailer';

/**
 * Newsletters go out on their own stream: NEWSLETTER_SMTP_URL (a bulk provider, or the same
 * provider's bulk stream), else SMTP_URL, through a pool of open connections at no more than
 * NEWSLETTER_SEND_RATE messages a second (bulkSlot). Sign-in links and receipts keep mailer.ts's own
 * connection, so a 10,000-message send never queues a reader's sign-in behind it. A local run
 * with neither URL captures newsletters with the rest of the mail (/dev/mail).
 */

export type BulkMessage = {
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Record<string, string>;
};

/**
 * What the mail server said. 'permanent': a 5xx to RCPT TO or DATA (no such mailbox, refused):
 * never try that address again. 'temporary': a 4xx (mailbox full, greylisted): try later.
 * 'unreachable': no answer at all (the provider is down): the address is not to blame.
 */
export type BulkResult = { ok: true } | { ok: false; kind: 'permanent' | 'temporary' | 'unreachable'; reason: string };

let pool: { url: string; connections: number; transporter: Transporter } | undefined;

function bulkUrl(): string | undefined {
  return env.NEWSLETTER_SMTP_URL ?? env.SMTP_URL;
}

function poolFor(url: string): Transporter {
  const connections = env.NEWSLETTER_SMTP_CONNECTIONS;
  if (pool?.url !== url || pool.connections !== connections) {
    pool?.transporter.close();
    const transporter = nodemailer.createTransport({
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
      ...parseConnectionUrl(url),
      pool: true,
      maxConnections: connections,
      maxMessages: 1000,
      // Without TCP_NODELAY each message's last line waits for the server's delayed ACK (~40 ms):
      // one connection could then send no more than 25 messages a second, whatever the provider allows.
      getSocket(options, callback) {
        const socket = net.connect({ host: options.host, port: Number(options.port ?? (options.secure ? 465 : 587)) });
        socket.setNoDelay(true);
        const fail = (error: Error) => callback(error, null);
        socket.once('error', fail);
        socket.setTimeout(10_000, () => socket.destroy(new Error('Connection timeout')));
        socket.once('connect', () => {
          socket.off('error', fail);
          socket.setTimeout(0);
          // nodemailer takes over the connected socket (and upgrades it to TLS for smtps://).
          callback(null, { connection: socket });
        });
      },
    } satisfies SMTPPool.Options);
    pool = { url, connections, transporter };
  }
  return pool.transporter;
}

/** How many messages to have in flight at once: one per connection. */
export function bulkConcurrency(): number {
  return bulkUrl() ? env.NEWSLETTER_SMTP_CONNECTIONS : 1;
}

let nextSlot = 0;

/**
 * Waits for the next moment the send rate allows a message (NEWSLETTER_SEND_RATE, shared by
 * every connection). Paced here rather than inside nodemailer's pool, so that a message the
 * sender has marked as going out is on the wire at once, not waiting in a queue it cannot see:
 * what a crash can leave unknown is then only what was really in flight.
 */
export async function bulkSlot(): Promise<void> {
  const now = performance.now();
  const slot = Math.max(now, nextSlot);
  nextSlot = slot + 1000 / env.NEWSLETTER_SEND_RATE;
  if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
}

export async function sendBulk(message: BulkMessage): Promise<BulkResult> {
  const url = bulkUrl();
  if (!url) {
    await sendMail({ to: message.to, subject: message.subject, text: message.text, html: message.html });
    return { ok: true };
  }
  try {
    await poolFor(url).sendMail({
      from: message.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      messageId: message.messageId,
      headers: message.headers,
    });
    return { ok: true };
  } catch (error) {
    return classifyFailure(error);
  }
}

/** Sorts a nodemailer error into what it means for the address (see BulkResult). */
export function classifyFailure(error: unknown): BulkResult & { ok: false } {
  const { responseCode, response, message } = (error ?? {}) as {
    responseCode?: number;
    response?: string;
    message?: string;
  };
  const reason = (response || message || String(error)).slice(0, 500);
  if (typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600)
    return { ok: false, kind: 'permanent', reason };
  if (typeof responseCode === 'number' && responseCode >= 400 && responseCode < 500)
    return { ok: false, kind: 'temporary', reason };
  return { ok: false, kind: 'unreachable', reason };
}

/** Closes the pool's connections (tests and the benchmark, between runs). */
export function closeBulkPool() {
  pool?.transporter.close();
  pool = undefined;
}
