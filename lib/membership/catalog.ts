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
  await syncPortalConfiguration(stripe, log);
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

/** Marks the billing portal configuration the site opens, among any others on the account. */
export const PORTAL_CONFIGURATION_PURPOSE = 'ridgeline-member-portal';

/**
 * What the billing portal offers members: their card, their invoices and a change between the
 * tiers' prices, but not cancelling, which happens on /account, where they are asked why first
 * and offered a pause or a cheaper plan (lib/membership/staying.ts). A new Stripe account's
 * default portal lets anyone cancel there, so the site names this configuration instead.
 */
async function portalFeatures(stripe: Stripe): Promise<Stripe.BillingPortal.ConfigurationCreateParams.Features> {
  const keys = TIERS.flatMap((tier) => [lookupKey(tier.key, 'month'), lookupKey(tier.key, 'year')]);
  const prices = (await stripe.prices.list({ lookup_keys: keys, active: true, limit: 100 })).data;
  const byProduct = new Map<string, string[]>();
  for (const price of prices) {
    const product = typeof price.product === 'string' ? price.product : price.product.id;
    byProduct.set(product, [...(byProduct.get(product) ?? []), price.id]);
  }
  const products = [...byProduct].map(([product, ids]) => ({ product, prices: ids }));
  return {
    subscription_cancel: { enabled: false },
    payment_method_update: { enabled: true },
    invoice_history: { enabled: true },
    subscription_update: products.length
      ? { enabled: true, default_allowed_updates: ['price'], products, proration_behavior: 'create_prorations' }
      : { enabled: false },
  };
}

/** Makes the site's portal configuration match the catalog, creating it the first time; answers its id. */
export async function syncPortalConfiguration(stripe: Stripe, log: (line: string) => void = () => {}): Promise<string> {
  const features = await portalFeatures(stripe);
  const existing = (await stripe.billingPortal.configurations.list({ active: true, limit: 100 })).data.find(
    (configuration) => configuration.metadata?.purpose === PORTAL_CONFIGURATION_PURPOSE,
  );
  if (existing) {
    await stripe.billingPortal.configurations.update(existing.id, { features });
    return existing.id;
  }
  const created = await stripe.billingPortal.configurations.create(
    {
      features,
      business_profile: { headline: 'Your Ridgeline membership: card, invoices and plan' },
      metadata: { purpose: PORTAL_CONFIGURATION_PURPOSE },
    },
    { idempotencyKey: `portal-configuration-${PORTAL_CONFIGURATION_PURPOSE}` },
  );
  log(`created billing portal configuration ${created.id} (no cancelling: members cancel on the site)`);
  return created.id;
}
