import Stripe from 'stripe';
import { env } from '@/lib/env';

let client: Stripe | undefined;

/**
 * The one Stripe client. Production: the real API with STRIPE_SECRET_KEY. Local runs and tests:
 * the same SDK calls against the project's stand-in (stripe-standin/); only host and key differ.
 */
export function stripe(): Stripe {
  if (client) return client;
  if (env.STRIPE_SECRET_KEY) {
    client = new Stripe(env.STRIPE_SECRET_KEY, { maxNetworkRetries: 2 });
  } else {
    const url = new URL(env.STRIPE_STANDIN_URL);
    client = new Stripe('sk_test_standin', {
      host: url.hostname,
      port: Number(url.port || (url.protocol === 'https:' ? 443 : 80)),
      protocol: url.protocol === 'https:' ? 'https' : 'http',
      maxNetworkRetries: 1,
    });
  }
  return client;
}

export function webhookSecret(): string {
  if (!env.stripeWebhookSecret) throw new Error('STRIPE_WEBHOOK_SECRET is not set.');
  return env.stripeWebhookSecret;
}
