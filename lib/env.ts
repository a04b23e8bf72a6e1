import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The one place that reads process.env. Everything else imports `env`.
 *
 * Local runs need nothing: no DATABASE_URL means the embedded Postgres in DATA_DIR, no
 * SMTP_URL means outgoing mail is captured and shown at /dev/mail. A configuration is local only
 * when SITE_URL is unset or names a loopback host; every other one is production, whatever its
 * scheme (a TLS-terminating proxy in front makes an http:// SITE_URL common), and there the
 * secrets below are required, mail is never captured and the Stripe stand-in is never used.
 */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Set by Next while it builds ('phase-production-build'). */
  NEXT_PHASE: z.string().optional(),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('.data'),
  SITE_URL: z.string().url().optional(),
  /** How many reverse proxies of ours stand in front of the app; each adds one X-Forwarded-For entry. */
  TRUSTED_PROXIES: z.coerce.number().int('TRUSTED_PROXIES is a whole number such as 1').min(0).max(10).default(0),
  PORT: z
    .string()
    .regex(/^\d{1,5}$/, 'PORT is a port number such as 3000')
    .optional(),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('Ridgeline <newsroom@ridgeline.example>'),
  /** The mail server for newsletters (bulk mail, often a different provider or stream); SMTP_URL when unset. */
  NEWSLETTER_SMTP_URL: z.string().url().optional(),
  /** Newsletter messages per second across all connections (the provider's limit). */
  NEWSLETTER_SEND_RATE: z.coerce
    .number()
    .int('NEWSLETTER_SEND_RATE is a whole number of messages per second, such as 50')
    .min(1)
    .max(10_000)
    .default(200),
  /** Connections kept open to the newsletter mail server at once. */
  NEWSLETTER_SMTP_CONNECTIONS: z.coerce
    .number()
    .int('NEWSLETTER_SMTP_CONNECTIONS is a whole number such as 5')
    .min(1)
    .max(50)
    .default(5),
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
  STRIPE_SECRET_KEY: z.string().startsWith('sk_', 'STRIPE_SECRET_KEY starts with sk_').optional(),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith('whsec_', 'STRIPE_WEBHOOK_SECRET starts with whsec_').optional(),
  /** Where the local Stripe stand-in listens when there is no STRIPE_SECRET_KEY. */
  STRIPE_STANDIN_URL: z.string().url().default('http://127.0.0.1:12111'),
  /** S3-compatible storage for uploaded images; without S3_BUCKET they stay in DATA_DIR/media. */
  S3_BUCKET: z.string().optional(),
  S3_ENDPOINT: z.string().url('S3_ENDPOINT must be a URL such as https://s3.eu-central-1.amazonaws.com').optional(),
  S3_REGION: z.string().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_PUBLIC_URL: z.string().url('S3_PUBLIC_URL must be a URL such as https://media.ridgeline.example').optional(),
});

const S3_REQUIRED = ['S3_BUCKET', 'S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;

export type S3Settings = {
  bucket: string;
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  publicUrl: string | null;
};

/**
 * Image storage in an S3-compatible bucket, all or nothing: null when none of S3_* is set; a
 * sentence naming what is missing when only some are.
 */
export function s3Settings(
  values: Partial<Record<(typeof S3_REQUIRED)[number] | 'S3_PUBLIC_URL', string>>,
): S3Settings | null {
  const present = (key: (typeof S3_REQUIRED)[number]) => values[key] ?? '';
  if (!S3_REQUIRED.some(present) && !values.S3_PUBLIC_URL) return null;
  const missing = S3_REQUIRED.filter((key) => !present(key));
  if (missing.length) {
    const list = (keys: readonly string[]) =>
      keys.length > 1 ? `${keys.slice(0, -1).join(', ')} and ${keys[keys.length - 1]}` : (keys[0] ?? '');
    throw new Error(
      `Image storage in S3 needs ${list(S3_REQUIRED)} together, but ${list(missing)} ${missing.length > 1 ? 'are' : 'is'} not set.`,
    );
  }
  return {
    bucket: present('S3_BUCKET'),
    endpoint: present('S3_ENDPOINT').replace(/\/$/, ''),
    region: present('S3_REGION'),
    accessKeyId: present('S3_ACCESS_KEY_ID'),
    secretAccessKey: present('S3_SECRET_ACCESS_KEY'),
    publicUrl: values.S3_PUBLIC_URL?.replace(/\/$/, '') ?? null,
  };
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Local means "only this machine can be meant": no SITE_URL, or one whose host is loopback.
 * Parsed with URL, so `HTTPS://Example.org`, `http://localhost.evil.org` or a userinfo trick are
 * judged by their real host. Anything else is production: that fails closed.
 */
export function isLocalSiteUrl(siteUrl: string | undefined): boolean {
  if (siteUrl === undefined) return true;
  try {
    return LOOPBACK_HOSTS.has(new URL(siteUrl).hostname.toLowerCase());
  } catch {
    return false;
  }
}

/** Reads a configuration from an environment (process.env unless a test passes its own). */
export function parseEnv(source: Record<string, string | undefined> = process.env) {
  const blankToUndefined = (key: string) => source[key] || undefined;
  const parsed = schema.safeParse({
    ...source,
    ...Object.fromEntries(
      [
        'DATABASE_URL',
        'DATA_DIR',
        'SITE_URL',
        'PORT',
        'TRUSTED_PROXIES',
        'SMTP_URL',
        'MAIL_FROM',
        'NEWSLETTER_SMTP_URL',
        'NEWSLETTER_SEND_RATE',
        'NEWSLETTER_SMTP_CONNECTIONS',
        'AUTH_SECRET',
        'STRIPE_SECRET_KEY',
        'STRIPE_WEBHOOK_SECRET',
        'STRIPE_STANDIN_URL',
        ...S3_REQUIRED,
        'S3_PUBLIC_URL',
      ].map((k) => [k, blankToUndefined(k)]),
    ),
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`The environment is not valid:\n  ${problems.join('\n  ')}`);
  }
  const values = parsed.data;
  const isLocal = isLocalSiteUrl(values.SITE_URL);
  // Locally the site's address is wherever it is served: PORT=3107 links to port 3107.
  const siteUrl = (values.SITE_URL ?? `http://localhost:${values.PORT ?? '3000'}`).replace(/\/$/, '');
  const useStripeStandin = isLocal && !values.STRIPE_SECRET_KEY;
  return {
    ...values,
    DATA_DIR: path.resolve(values.DATA_DIR),
    SITE_URL: siteUrl,
    /** Next is building: the database is a read-only copy, and nothing is sent or scheduled. */
    isBuilding: values.NEXT_PHASE === 'phase-production-build',
    /** `next dev` (npm run dev), not a production build. */
    isDevServer: values.NODE_ENV === 'development',
    /** A public deployment: secure cookies, real mail, real Stripe, no developer routes. */
    isProduction: !isLocal,
    /** Outgoing mail goes to DATA_DIR/mail and /dev/mail instead of an SMTP server (local only). */
    captureMail: isLocal && !values.SMTP_URL,
    /** Local and no Stripe key: talk to the project's Stripe stand-in (stripe-standin/). */
    useStripeStandin,
    /** The stand-in signs with its well-known secret; anything else needs the real one. */
    stripeWebhookSecret: values.STRIPE_WEBHOOK_SECRET ?? (useStripeStandin ? 'whsec_local_standin' : undefined),
    /** Where uploaded images go: an S3-compatible bucket, or null for DATA_DIR/media. */
    s3: s3Settings(values),
  };
}

export type Env = ReturnType<typeof parseEnv>;

export const env = parseEnv();

/**
 * Names every variable a production configuration lacks, in one sentence, or returns null.
 * Start-up calls it and stops when it answers.
 */
export function missingProductionSettings(config: Env = env): string | null {
  if (!config.isProduction) return null;
  const missing = [
    !config.DATABASE_URL && 'DATABASE_URL (the Postgres server)',
    !config.SMTP_URL && 'SMTP_URL (the mail server for sign-in links)',
    !config.AUTH_SECRET && 'AUTH_SECRET (at least 32 random characters)',
    !config.STRIPE_SECRET_KEY && 'STRIPE_SECRET_KEY (from the Stripe dashboard)',
    !config.STRIPE_WEBHOOK_SECRET && 'STRIPE_WEBHOOK_SECRET (the signing secret of the webhook endpoint)',
  ].filter(Boolean);
  return missing.length
    ? `SITE_URL (${config.SITE_URL}) is not a loopback address, so this is a production configuration, but it lacks ${missing.join(', ')}.`
    : null;
}

let localSecret: string | undefined;

/**
 * The key for session and sign-in token hashing. Production sets AUTH_SECRET; a local run keeps
 * a random one in DATA_DIR so that sessions survive restarts.
 */
export function authSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.isProduction)
    throw new Error('AUTH_SECRET is not set. A production configuration (SITE_URL not on this machine) needs it.');
  if (localSecret) return localSecret;
  const file = path.join(env.DATA_DIR, 'auth-secret');
  try {
    localSecret = fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(env.DATA_DIR, { recursive: true });
    localSecret = crypto.randomBytes(32).toString('base64url');
    fs.writeFileSync(file, localSecret, { mode: 0o600 });
  }
  return localSecret;
}
