import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { env } from '@/lib/env';
import type Stripe from 'stripe';
import { CARD, cardFields, createPlans, postForm, startTestStandin } from '@/stripe-standin/test-support';

/**
 * For integration tests of the app's Stripe code: a stand-in, its plans, and the app's own
 * client (lib/stripe.ts) pointed at it through a proxy that can hold one answer back (to
 * interleave two requests) or drop every connection (Stripe unreachable). Call before the
 * first `stripe()`: the client is built once.
 */
export async function startAppStripe() {
  const t = await startTestStandin();
  const plans = await createPlans(t.stripe);
  const proxy = await new StripeProxy(t.standin.url).start();
  env.STRIPE_STANDIN_URL = proxy.url;
  /**
   * Pays a payment-mode Checkout on the stand-in's hosted page with a card that pays, and waits
   * for Stripe's events about its session: the ones a test then delivers to the webhook.
   */
  async function payCheckout(url: string, email: string) {
    const sessionId = new URL(url).pathname.split('/').at(-1)!;
    const paid = await postForm(url, { email, ...cardFields(CARD.succeeds) });
    if (paid.status !== 303) throw new Error(`the stand-in's Checkout answered ${paid.status}, not 303`);
    const about = (event: Stripe.Event) => JSON.stringify(event.data.object).includes(sessionId);
    await t.receiver.waitFor((r) =>
      r.deliveries.some((d) => d.event.type === 'checkout.session.completed' && about(d.event)),
    );
    const events = t.receiver.deliveries.filter((d) => about(d.event)).map((d) => d.event);
    const completed = events.find((e) => e.type === 'checkout.session.completed')!;
    return { sessionId, events, completed };
  }
  return {
    t,
    plans,
    proxy,
    payCheckout,
    close: async () => {
      await proxy.close();
      await t.close();
    },
  };
}

const HOP_HEADERS = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive']);

type Hold = { matches: (method: string, path: string) => boolean; arrived: () => void; released: Promise<void> };

export class StripeProxy {
  /** While true, every connection is dropped before an answer. */
  down = false;
  url = '';
  private holds: Hold[] = [];
  private server = http.createServer((request, response) => {
    void this.forward(request, response).catch((error: unknown) => {
      response.writeHead(502);
      response.end(String(error));
    });
  });

  constructor(private readonly target: string) {}

  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** The next matching request reaches Stripe, but its answer waits until `release()`. */
  hold(matches: Hold['matches']) {
    let arrived!: () => void;
    let release!: () => void;
    const arrival = new Promise<void>((resolve) => (arrived = resolve));
    this.holds.push({ matches, arrived, released: new Promise<void>((resolve) => (release = resolve)) });
    return { arrived: arrival, release };
  }

  async close() {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async forward(request: http.IncomingMessage, response: http.ServerResponse) {
    if (this.down) {
      request.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const headers = Object.entries(request.headers).filter(
      (entry): entry is [string, string] => !HOP_HEADERS.has(entry[0]) && typeof entry[1] === 'string',
    );
    const method = request.method ?? 'GET';
    const answer = await fetch(`${this.target}${request.url}`, {
      method,
      headers,
      body: chunks.length ? Buffer.concat(chunks) : undefined,
    });
    const body = Buffer.from(await answer.arrayBuffer());
    const index = this.holds.findIndex((h) => h.matches(method, request.url ?? ''));
    const hold = index >= 0 ? this.holds.splice(index, 1)[0] : undefined;
    if (hold) {
      hold.arrived();
      await hold.released;
    }
    response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
    response.end(body);
  }
}
