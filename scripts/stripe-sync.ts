import { env } from '@/lib/env';
import { syncCatalog } from '@/lib/membership/catalog';
import { stripe } from '@/lib/stripe';

/** npm run stripe:sync — creates or updates the membership products and prices in Stripe. */
syncCatalog(stripe(), (line) => console.log(`  ${line}`))
  .then(() =>
    console.log(
      `Stripe catalog is in step with domain/membership/tiers.ts (${env.useStripeStandin ? 'local stand-in' : 'Stripe'}).`,
    ),
  )
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
