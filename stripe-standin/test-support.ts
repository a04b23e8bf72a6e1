import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { startStripeStandin, type Standin, type StandinOptions } from './server';

/** Helpers the stand-in's own tests share: a webhook receiver, a started stand-in, the hosted forms. */

export const WEBHOOK_SECRET = 'whsec_test_standin';

export interface Delivery {
  body: string;
  signature: string;
  event: Stripe.Event;
}

/** A webhook endpoint that records what arrives and answers with whatever `respond` says. */
export class WebhookReceiver {
  deliveries: Delivery[] = [];
  respond: (delivery: Delivery, index: number) => number | Promise<number> = () => 200;
  private server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const delivery = {
        body,
        signature: String(request.headers['stripe-signature'] ?? ''),
        event: JSON.parse(body) as Stripe.Event,
      };
      this.deliveries.push(delivery);
      void Promise.resolve(this.respond(delivery, this.deliveries.length - 1)).then((status) => {
        response.writeHead(status);
        response.end();
      });
    });
  });

  url = '';

  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/webhook`;
    return this;
  }

  async close() {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  types(): string[] {
    return this.deliveries.map((delivery) => delivery.event.type);
  }

  async waitFor(predicate: (receiver: WebhookReceiver) => boolean, timeoutMs = 3000) {
    await waitUntil(
      () => predicate(this),
      timeoutMs,
      () => `webhooks so far: ${this.types().join(', ')}`,
    );
  }
}

export async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 3000,
  describe: () => string = () => '',
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting. ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export interface TestStandin {
  standin: Standin;
  stripe: Stripe;
  receiver: WebhookReceiver;
  control(path: string, body?: Record<string, string | number | boolean>): Promise<unknown>;
  close(): Promise<void>;
}

export function sdkFor(standin: Standin): Stripe {
  return new Stripe('sk_test_standin', {
    host: '127.0.0.1',
    port: standin.port,
    protocol: 'http',
    maxNetworkRetries: 0,
  });
}

export async function startTestStandin(options: Partial<StandinOptions> = {}): Promise<TestStandin> {
  const receiver = await new WebhookReceiver().start();
  const standin = await startStripeStandin({
    port: 0,
    webhookUrl: receiver.url,
    webhookSecret: WEBHOOK_SECRET,
    retryBaseMs: 10,
    ...options,
  });
  return {
    standin,
    stripe: sdkFor(standin),
    receiver,
    control: async (path, body) => {
      const response = await fetch(`${standin.url}${path}`, {
        method: body ? 'POST' : 'GET',
        headers: { 'content-type': 'application/json' },
        body: body ? JSON.stringify(body) : undefined,
      });
      return response.json();
    },
    close: async () => {
      await standin.close();
      await receiver.close();
    },
  };
}

/** A product with a monthly and a yearly price, as the membership catalog has. */
export async function createPlans(stripe: Stripe) {
  const product = await stripe.products.create({ name: 'Member', metadata: { tier: 'member' } });
  const monthly = await stripe.prices.create({
    product: product.id,
    currency: 'usd',
    unit_amount: 500,
    recurring: { interval: 'month' },
    lookup_key: 'member_monthly',
  });
  const yearly = await stripe.prices.create({
    product: product.id,
    currency: 'usd',
    unit_amount: 5000,
    recurring: { interval: 'year' },
    lookup_key: 'member_yearly',
  });
  const supporter = await stripe.prices.create({
    currency: 'usd',
    unit_amount: 1000,
    recurring: { interval: 'month' },
    lookup_key: 'supporter_monthly',
    product_data: { name: 'Supporter' },
  });
  return { product, monthly, yearly, supporter };
}

export const CARD = {
  succeeds: '4242 4242 4242 4242',
  declined: '4000 0000 0000 0002',
  insufficientFunds: '4000 0000 0000 9995',
  failsLater: '4000 0000 0000 0341',
  authentication: '4000 0027 6000 3184',
};

export function cardFields(cardNumber: string, extra: Record<string, string> = {}) {
  return { cardNumber, cardExpiry: '12 / 34', cardCvc: '123', billingName: 'Nino Beridze', ...extra };
}

/** The stand-in's record of webhook delivery attempts. */
export async function deliveryLog(standin: Standin) {
  const response = await fetch(`${standin.url}/_standin/webhooks/deliveries`);
  return (await response.json()) as {
    data: { event: string; type: string; attempt: number; status: number | null; error: string | null }[];
    pending: number;
  };
}

/** Submits a hosted form the way a browser without JavaScript does, without following redirects. */
export async function postForm(url: string, fields: Record<string, string>) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
}

/** The value of a hidden input in a page's HTML. */
export function hiddenValue(html: string, name: string): string {
  const match = new RegExp(`name="${name}" value="([^"]*)"`).exec(html);
  if (!match) throw new Error(`No hidden input ${name} in the page`);
  return match[1]!;
}

/** Creates a customer and a Checkout session for `price`, and pays it on the hosted page with `card` (passing 3-D Secure). */
export async function subscribe(
  t: TestStandin,
  price: string,
  card = CARD.succeeds,
  metadata: Record<string, string> = { user_id: 'u_1' },
) {
  const customer = await t.stripe.customers.create({ email: 'reader@example.org', metadata });
  const session = await t.stripe.checkout.sessions.create({
    mode: 'subscription',
    customer: customer.id,
    client_reference_id: metadata.user_id,
    line_items: [{ price, quantity: 1 }],
    metadata,
    subscription_data: { metadata },
    success_url: 'http://app.test/membership/welcome?session_id={CHECKOUT_SESSION_ID}',
    cancel_url: 'http://app.test/membership',
  });
  let response = await postForm(session.url!, { email: 'reader@example.org', ...cardFields(card) });
  if (card === CARD.authentication) {
    const challenge = await response.text();
    response = await postForm(`${session.url}/authenticate`, {
      token: hiddenValue(challenge, 'token'),
      outcome: 'complete',
    });
  }
  if (response.status !== 303) throw new Error(`Checkout answered ${response.status}: ${await response.text()}`);
  const paid = await t.stripe.checkout.sessions.retrieve(session.id);
  const subscription = await t.stripe.subscriptions.retrieve(paid.subscription as string);
  return { customer, session: paid, subscription };
}
