import path from 'node:path';
import { env } from '@/lib/env';
import { syncCatalog } from '@/lib/membership/catalog';
import { stripe } from '@/lib/stripe';
import { startStripeStandin } from '../stripe-standin/server';

/**
 * Local runs and tests without STRIPE_SECRET_KEY: start the Stripe stand-in (persisting to the
 * data folder, delivering webhooks to the app) and load the membership catalog into it.
 */
export async function startLocalStripe({ appUrl, dataDir, port, retryBaseMs }: { appUrl: string; dataDir: string; port?: number; retryBaseMs?: number }) {
  const wanted = new URL(env.STRIPE_STANDIN_URL);
  const standin = await startStripeStandin({
    port: port ?? Number(wanted.port || 12111),
    host: '127.0.0.1',
    dataFile: path.join(dataDir, 'stripe-standin.json'),
    webhookUrl: `${appUrl}/api/stripe/webhook`,
    webhookSecret: env.stripeWebhookSecret ?? 'whsec_local_standin',
    retryBaseMs,
  });
  process.env.STRIPE_STANDIN_URL = standin.url;
  await syncCatalog(stripe());
  return standin;
}
