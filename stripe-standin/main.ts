import path from 'node:path';
import { z } from 'zod';
import { startStripeStandin } from './server';

/** `npx tsx stripe-standin/main.ts`: the stand-in on its own, configured from the environment. */

const Env = z.object({
  STRIPE_STANDIN_PORT: z.coerce.number().int().min(0).max(65535).default(12111),
  DATA_DIR: z.string().default('.data'),
  STRIPE_WEBHOOK_URL: z.string().url().default('http://localhost:3000/api/stripe/webhook'),
  STRIPE_WEBHOOK_SECRET: z.string().min(1).default('whsec_local_standin'),
  STRIPE_STANDIN_PUBLIC_URL: z.string().url().optional(),
});

const blankToUndefined = (value: string | undefined) => (value === '' ? undefined : value);
const parsed = Env.safeParse({
  STRIPE_STANDIN_PORT: blankToUndefined(process.env.STRIPE_STANDIN_PORT),
  DATA_DIR: blankToUndefined(process.env.DATA_DIR),
  STRIPE_WEBHOOK_URL: blankToUndefined(process.env.STRIPE_WEBHOOK_URL),
  STRIPE_WEBHOOK_SECRET: blankToUndefined(process.env.STRIPE_WEBHOOK_SECRET),
  STRIPE_STANDIN_PUBLIC_URL: blankToUndefined(process.env.STRIPE_STANDIN_PUBLIC_URL),
});
if (!parsed.success) {
  console.error(
    `The Stripe stand-in's environment is not valid:\n  ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n  ')}`,
  );
  process.exit(1);
}
const env = parsed.data;

const standin = await startStripeStandin({
  port: env.STRIPE_STANDIN_PORT,
  host: '127.0.0.1',
  publicUrl: env.STRIPE_STANDIN_PUBLIC_URL,
  dataFile: path.resolve(env.DATA_DIR, 'stripe-standin.json'),
  webhookUrl: env.STRIPE_WEBHOOK_URL,
  webhookSecret: env.STRIPE_WEBHOOK_SECRET,
  log: (line) => console.error(line),
}).catch((error: unknown) => {
  console.error(`The Stripe stand-in could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

console.log(`Stripe stand-in on ${standin.url} (webhooks to ${env.STRIPE_WEBHOOK_URL}; test card 4242 4242 4242 4242)`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    standin.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
