import 'server-only';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { env } from '@/lib/env';

/** `headers`: extra header lines, such as a newsletter's List-Unsubscribe. */
export type MailMessage = { to: string; subject: string; text: string; html: string; headers?: Record<string, string> };
export type CapturedMail = MailMessage & { id: string; from: string; sentAt: string };

const mailDir = () => path.join(env.DATA_DIR, 'mail');

let transport: { url: string; transporter: Transporter } | undefined;

/**
 * Nodemailer waits minutes for a mail server that stops answering; a sign-in request (the
 * reader is waiting) or a mail job (locked for two minutes, db/queries/jobs.ts) must give up
 * sooner. Settings in SMTP_URL's query win.
 */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

function transporterFor(smtpUrl: string): Transporter {
  if (transport?.url !== smtpUrl) {
    const url = new URL(smtpUrl);
    for (const [name, ms] of Object.entries(SMTP_TIMEOUTS))
      if (!url.searchParams.has(name)) url.searchParams.set(name, String(ms));
    transport = { url: smtpUrl, transporter: nodemailer.createTransport(url.toString()) };
  }
  return transport.transporter;
}

/**
 * Sends a message through SMTP_URL, or, in a local run without it, keeps it in DATA_DIR/mail
 * where /dev/mail shows it.
 */
export async function sendMail(message: MailMessage): Promise<void> {
  if (env.SMTP_URL) {
    await transporterFor(env.SMTP_URL).sendMail({ from: env.MAIL_FROM, ...message });
    return;
  }
  const sentAt = new Date().toISOString();
  const id = `${sentAt.replace(/[^0-9]/g, '')}-${crypto.randomBytes(4).toString('hex')}`;
  const captured: CapturedMail = { id, from: env.MAIL_FROM, sentAt, ...message };
  await fs.mkdir(mailDir(), { recursive: true });
  await fs.writeFile(path.join(mailDir(), `${id}.json`), JSON.stringify(captured, null, 2));
  console.log(`✉ Mail to ${message.to} captured: ${env.SITE_URL}/dev/mail/${id}`);
}

/** Captured mail, newest first (local runs only). */
export async function listCapturedMail(): Promise<CapturedMail[]> {
  const files = await fs.readdir(mailDir()).catch(() => [] as string[]);
  const mails = await Promise.all(
    files
      .filter((f) => f.endsWith('.json'))
      .map(async (f) => JSON.parse(await fs.readFile(path.join(mailDir(), f), 'utf8')) as CapturedMail),
  );
  return mails.sort((a, b) => b.id.localeCompare(a.id));
}

export async function getCapturedMail(id: string): Promise<CapturedMail | null> {
  if (!/^[0-9]+-[0-9a-f]{8}$/.test(id)) return null;
  try {
    return JSON.parse(await fs.readFile(path.join(mailDir(), `${id}.json`), 'utf8')) as CapturedMail;
  } catch {
    return null;
  }
}
