import 'server-only';
import { claimStripeCustomerId, getCurrentMembership, getStripeCustomerId } from '@/db/queries/memberships';
import type { SignedInViewer } from '@/lib/auth/viewer';
import { isRunning, knownStatus } from '@/domain/membership/statuses';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/domain/i18n/locales';
import { env } from '@/lib/env';
import { localePath } from '@/lib/i18n/paths';
import { stripe } from '@/lib/stripe';
import { priceIdFor, syncPortalConfiguration } from './catalog';
import type { Choice } from '@/domain/membership/tiers';

/** The reader's one Stripe Customer: the stored one, or a new one (idempotent per reader). */
export async function ensureCustomer(viewer: SignedInViewer): Promise<string> {
  const stored = await getStripeCustomerId({ userId: viewer.userId });
  if (stored) return stored;
  const customer = await stripe().customers.create(
    { email: viewer.email, metadata: { user_id: viewer.userId } },
    { idempotencyKey: `customer-for-${viewer.userId}` },
  );
  return (await claimStripeCustomerId({ userId: viewer.userId, customerId: customer.id })) ?? customer.id;
}

/** True when the reader already has a live subscription, here or (checked too) at Stripe. */
export async function hasLiveMembership(viewer: SignedInViewer): Promise<boolean> {
  const local = await getCurrentMembership({ userId: viewer.userId });
  if (local && isRunning(local.status)) return true;
  const customerId = await getStripeCustomerId({ userId: viewer.userId });
  if (!customerId) return false;
  const remote = await stripe().subscriptions.list({ customer: customerId, status: 'all', limit: 10 });
  return remote.data.some((s) => isRunning(knownStatus(s.status)));
}

export type Attribution = { from: string | null; placement: string | null };

/** A Checkout session in subscription mode for this reader and choice; returns its URL. */
export async function createCheckout(
  viewer: SignedInViewer,
  choice: Choice,
  attribution: Attribution,
  cancelPath: string,
  /** The edition the reader joins from: Checkout opens in its language, and comes back to it. */
  locale: Locale = DEFAULT_LOCALE,
): Promise<string> {
  const customer = await ensureCustomer(viewer);
  const price = await priceIdFor(stripe(), choice);
  const metadata = {
    user_id: viewer.userId,
    tier: choice.tier,
    ...(attribution.from ? { from: attribution.from } : {}),
    ...(attribution.placement ? { placement: attribution.placement } : {}),
  };
  const session = await stripe().checkout.sessions.create({
    mode: 'subscription',
    customer,
    client_reference_id: viewer.userId,
    line_items: [{ price, quantity: 1 }],
    metadata,
    subscription_data: { metadata },
    locale: LOCALES[locale].stripeLocale,
    success_url: `${env.SITE_URL}${localePath(locale, '/membership/welcome')}?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${env.SITE_URL}${cancelPath}`,
  });
  if (!session.url) throw new Error('Stripe returned a Checkout session without a URL');
  return session.url;
}

/** The portal configuration's id, found (or made) once per process: it does not change once made. */
let portalConfigurationId: Promise<string> | null = null;
function portalConfiguration(): Promise<string> {
  portalConfigurationId ??= syncPortalConfiguration(stripe()).catch((error: unknown) => {
    portalConfigurationId = null;
    throw error;
  });
  return portalConfigurationId;
}

/** The Stripe billing portal for this reader (card, invoices, plan; no cancelling), optionally straight to the card form. */
export async function createPortal(
  viewer: SignedInViewer,
  flow?: 'payment_method_update',
  locale: Locale = DEFAULT_LOCALE,
): Promise<string> {
  const customer = await ensureCustomer(viewer);
  const session = await stripe().billingPortal.sessions.create({
    customer,
    configuration: await portalConfiguration(),
    locale: LOCALES[locale].stripeLocale,
    return_url: `${env.SITE_URL}${localePath(locale, '/account')}`,
    ...(flow ? { flow_data: { type: flow } } : {}),
  });
  return session.url;
}
