import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { createPortal } from '@/lib/membership/checkout';
import { PORTAL_CONFIGURATION_PURPOSE, syncCatalog } from '@/lib/membership/catalog';
import { subscribe, CARD } from '@/stripe-standin/test-support';
import { startAppStripe } from '@/test/app-stripe';
import { useTestDatabase } from '@/test/database';

let stripe: Awaited<ReturnType<typeof startAppStripe>>;
beforeAll(async () => {
  stripe = await startAppStripe();
});
afterAll(() => stripe?.close());

describe.each(testDatabaseKinds)('the billing portal members get on %s', (kind) => {
  const conn = useTestDatabase(kind);

  it('keeps card, invoices and plans but not cancelling, which members do on the site after saying why', async () => {
    const { customer } = await subscribe(stripe.t, stripe.plans.monthly.id, CARD.succeeds);
    const [user] = await conn()
      .db.insert(users)
      .values({ email: `portal-${kind}@example.org`, stripeCustomerId: customer.id })
      .returning();
    const viewer = {
      kind: 'signed-in' as const,
      userId: user!.id,
      email: user!.email,
      name: null,
      role: 'reader' as const,
      membership: null,
      complimentaryUntil: null,
      asOf: new Date(),
    };
    const html = await (await fetch(await createPortal(viewer))).text();
    expect(html).toContain('Update payment method');
    expect(html).toContain('Change plan');
    expect(html).not.toContain('Cancel subscription');

    // One configuration, however often the portal opens or the catalog is synced.
    await syncCatalog(stripe.t.stripe);
    const ours = (await stripe.t.stripe.billingPortal.configurations.list({ limit: 100 })).data.filter(
      (configuration) => configuration.metadata?.purpose === PORTAL_CONFIGURATION_PURPOSE,
    );
    expect(ours).toHaveLength(1);
    expect(ours[0]!.features.subscription_cancel.enabled).toBe(false);
    expect(ours[0]!.features.subscription_update.products!.length).toBeGreaterThanOrEqual(3);
  });
});
