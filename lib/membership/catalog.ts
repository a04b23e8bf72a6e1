import type Stripe from 'stripe';
import { CURRENCY, customLookupKey, lookupKey, TIERS, type Interval } from '@/domain/membership/tiers';

/**
 * Makes Stripe's products and prices match domain/membership/tiers.ts, finding them again by
 * lookup key, so that running it twice changes nothing. A changed amount gets a new price that
 * takes over the lookup key (prices in Stripe cannot change their amount).
 */
export async function syncCatalog(stripe: Stripe, log: (line: string) => void = () => {}) {
  for (const tier of TIERS) {
    const wanted: [Interval, number][] = [
      ['month', tier.monthly],
      ['year', tier.yearly],
    ];
    const keys = wanted.map(([interval]) => lookupKey(tier.key, interval));
    const existing = await stripe.prices.list({ lookup_keys: keys, active: true, limit: 10 });
    let productId = existing.data[0]
      ? typeof existing.data[0].product === 'string'
        ? existing.data[0].product
        : existing.data[0].product.id
      : null;
    if (!productId) {
      const product = await stripe.products.create(
        { name: `Ridgeline ${tier.name}`, metadata: { tier: tier.key } },
        { idempotencyKey: `catalog-product-${tier.key}` },
      );
      productId = product.id;
      log(`created product ${product.name}`);
    }
    for (const [interval, amount] of wanted) {
      const key = lookupKey(tier.key, interval);
      const price = existing.data.find((p) => p.lookup_key === key);
      if (price && price.unit_amount === amount && price.recurring?.interval === interval) continue;
      await stripe.prices.create({
        product: productId,
        currency: CURRENCY,
        unit_amount: amount,
        recurring: { interval },
        lookup_key: key,
        transfer_lookup_key: true,
        metadata: { tier: tier.key },
      });
      log(`${price ? 'replaced' : 'created'} price ${key} (${amount} cents)`);
    }
  }
}

/** The price for a choice, creating a "choose your amount" price on first use. */
export async function priceIdFor(
  stripe: Stripe,
  choice: { tier: string; interval: Interval; amount: number },
): Promise<string> {
  const key =
    choice.tier === 'custom' ? customLookupKey(choice.amount) : lookupKey(choice.tier as 'member', choice.interval);
  const [found] = (await stripe.prices.list({ lookup_keys: [key], active: true, limit: 1 })).data;
  if (found) return found.id;
  if (choice.tier !== 'custom') throw new Error(`No Stripe price with lookup key ${key}: run npm run stripe:sync.`);
  const price = await stripe.prices.create(
    {
      currency: CURRENCY,
      unit_amount: choice.amount,
      recurring: { interval: 'month' },
      lookup_key: key,
      product_data: { name: 'Ridgeline membership (your amount)', metadata: { tier: 'custom' } },
      metadata: { tier: 'custom' },
    },
    { idempotencyKey: `custom-price-${choice.amount}` },
  );
  return price.id;
}
