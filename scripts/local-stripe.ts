import { runScriptInChild } from './child-script';
import path from 'node:path';
import { env } from '@/lib/env';
import { startStripeStandin } from '../stripe-standin/server';

/**
 * Local runs and tests without STRIPE_SECRET_KEY: start the Stripe stand-in (persisting to the
 * data folder, delivering webhooks to the app) and load the membership catalog into it.
 *
 * `syncInChild`: `npm start` keeps this process up as long as the site, so it loads the catalog
 * from a short-lived child (scripts/stripe-sync.ts) rather than keep the Stripe SDK (~20 MB) in
 * memory for nothing.
 */
export async function startLocalStripe({
  appUrl,
  dataDir,
  port,
  retryBaseMs,
  syncInChild = false,
}: {
  appUrl: string;
  dataDir: string;
  port?: number;
  retryBaseMs?: number;
  syncInChild?: boolean;
}) {
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
  try {
    if (syncInChild) await syncCatalogInChild(standin.url);
    else {
      const [{ syncCatalog }, { stripe }] = await Promise.all([
        import('@/lib/membership/catalog'),
        import('@/lib/stripe'),
      ]);
      await syncCatalog(stripe());
    }
  } catch (error) {
    await standin.close();
    throw error;
  }
  return standin;
}

async function syncCatalogInChild(standinUrl: string): Promise<void> {
  await runScriptInChild('stripe-sync.ts', {
    env: { ...process.env, STRIPE_STANDIN_URL: standinUrl },
    failure: 'Loading the membership catalog into the Stripe stand-in failed',
    output: 'hide',
  });
}
