import type Stripe from 'stripe';
import type { Billing } from './billing';
import type { Card } from './cards';
import { newId } from './ids';
import type { Store } from './store';

/** What a hosted page handler answers; the server turns it into an HTTP response. */
export type PageResponse = { status: number; html: string } | { redirect: string };

export interface PageRequest {
  method: string;
  /** Path segments after the page's prefix: `/c/pay/cs_1/authenticate` → ['cs_1', 'authenticate']. */
  segments: string[];
  query: URLSearchParams;
  form: Record<string, string>;
}

/** A card waiting on the test 3-D Secure page. In memory only: a restart simply asks again. */
export interface PendingAuthentication {
  target: string;
  card: Card;
  email: string;
  name: string;
}

export interface HostedContext {
  store: Store;
  billing: Billing;
  authentications: Map<string, PendingAuthentication>;
}

export function beginAuthentication(context: HostedContext, pending: PendingAuthentication): string {
  const token = newId('auth');
  context.authentications.set(token, pending);
  return token;
}

/** Takes the pending authentication for `target`, so a token works once. */
export function takeAuthentication(
  context: HostedContext,
  token: string | undefined,
  target: string,
): PendingAuthentication | null {
  const pending = token ? context.authentications.get(token) : undefined;
  if (!pending || pending.target !== target) return null;
  context.authentications.delete(token!);
  return pending;
}

/** The name the pages show for the business: set in settings, else the host the reader came from. */
export function businessName(store: Store, ...urls: (string | null | undefined)[]): string {
  if (store.state.settings.businessName) return store.state.settings.businessName;
  for (const url of urls) {
    if (url && URL.canParse(url)) return new URL(url).host;
  }
  return 'Stripe stand-in';
}

export function productNameOf(store: Store, price: Stripe.Price): string {
  return store.state.products[price.product as string]?.name ?? 'Subscription';
}
