import { createHmac } from 'node:crypto';
import { newId } from './ids';
import type { StandinEvent } from './objects';
import type { PendingDelivery, Store } from './store';

/** Stripe gives up on an endpoint after days; eight attempts is the stand-in's short version. */
const MAX_ATTEMPTS = 8;
const TIMEOUT_MS = 10_000;

/** Exactly the header `stripe.webhooks.constructEvent` verifies. */
export function signatureHeader(payload: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): string {
  const signature = createHmac('sha256', secret).update(`${timestamp}.${payload}`).digest('hex');
  return `t=${timestamp},v1=${signature}`;
}

/**
 * Delivers events to the app's webhook endpoint. First attempts go out one at a time in the order
 * events happened; failures are retried with exponential backoff in the background, so neither a
 * slow nor a broken receiver ever holds up an API call. Pending deliveries live in the store, so a
 * restart picks them up again.
 */
export class WebhookSender {
  private timers = new Map<string, NodeJS.Timeout>();
  private ready: PendingDelivery[] = [];
  private draining: Promise<void> | null = null;
  private inFlight = new Set<AbortController>();
  private closed = false;

  constructor(
    private readonly store: Store,
    private readonly options: {
      url: string | undefined;
      secret: string;
      retryBaseMs: number;
      log?: (line: string) => void;
    },
  ) {
    if (options.url) store.onEvent((event) => this.enqueue(event));
  }

  /** Re-arms deliveries that were pending when the stand-in last stopped. */
  resume() {
    for (const delivery of this.store.state.deliveries.pending) {
      if (!delivery.held) this.schedule(delivery);
    }
  }

  /** Sends every held delivery now (in random order when `shuffle` is on) and waits for those first attempts. */
  async flush(): Promise<number> {
    const held = this.store.state.deliveries.pending.filter((delivery) => delivery.held);
    if (this.store.state.settings.shuffle) shuffle(held);
    for (const delivery of held) {
      delivery.held = false;
      delivery.dueAt = Date.now();
      this.ready.push(delivery);
    }
    this.store.save();
    await this.drain();
    return held.length;
  }

  /** Forgets all pending deliveries (after a reset). */
  clear() {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.ready = [];
  }

  async close() {
    this.closed = true;
    this.clear();
    for (const controller of this.inFlight) controller.abort();
    await this.draining;
  }

  private enqueue(event: StandinEvent) {
    const { duplicate, delayMs, shuffle: shuffled, paused } = this.store.state.settings;
    for (let copy = 0; copy < (duplicate ? 2 : 1); copy++) {
      const delivery: PendingDelivery = {
        id: newId('whd'),
        eventId: event.id,
        attempt: 1,
        dueAt: Date.now() + delayMs,
        held: paused || shuffled,
      };
      this.store.state.deliveries.pending.push(delivery);
      if (!delivery.held) this.schedule(delivery);
    }
  }

  private schedule(delivery: PendingDelivery) {
    const wait = delivery.dueAt - Date.now();
    if (wait <= 0) {
      this.ready.push(delivery);
      // Let the API call that caused the event finish (and save) before the first attempt goes out.
      setImmediate(() => void this.drain());
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(delivery.id);
      this.ready.push(delivery);
      void this.drain();
    }, wait);
    this.timers.set(delivery.id, timer);
  }

  private drain(): Promise<void> {
    this.draining ??= (async () => {
      try {
        while (!this.closed && this.ready.length > 0) await this.attempt(this.ready.shift()!);
      } finally {
        this.draining = null;
      }
    })();
    return this.draining;
  }

  private async attempt(delivery: PendingDelivery) {
    const event = this.store.state.events[delivery.eventId];
    if (!event || !this.store.state.deliveries.pending.includes(delivery) || !this.options.url) return;

    const payload = JSON.stringify(event, null, 2);
    const controller = new AbortController();
    const timeout = setTimeout(() => controller.abort(), TIMEOUT_MS);
    this.inFlight.add(controller);
    let status: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(this.options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
          'stripe-signature': signatureHeader(payload, this.options.secret),
        },
        body: payload,
        signal: controller.signal,
      });
      status = response.status;
      await response.arrayBuffer().catch(() => undefined);
    } catch (cause) {
      error =
        cause instanceof Error ? (cause.cause instanceof Error ? cause.cause.message : cause.message) : String(cause);
    } finally {
      clearTimeout(timeout);
      this.inFlight.delete(controller);
    }
    // A reset while the request was out leaves nothing to record.
    if (this.closed || !this.store.state.deliveries.pending.includes(delivery)) return;

    this.store.logDelivery({
      event: event.id,
      type: event.type,
      attempt: delivery.attempt,
      status,
      error,
      at: Date.now(),
    });
    const delivered = status !== null && status >= 200 && status < 300;
    if (!delivered) {
      this.options.log?.(`Webhook ${event.type} (${event.id}) attempt ${delivery.attempt} failed: ${status ?? error}`);
    }
    if (delivered || delivery.attempt >= MAX_ATTEMPTS) {
      const current = this.store.state.deliveries.pending;
      current.splice(current.indexOf(delivery), 1);
      if (delivered) event.pending_webhooks = Math.max(0, event.pending_webhooks - 1);
    } else {
      delivery.dueAt = Date.now() + this.options.retryBaseMs * 2 ** (delivery.attempt - 1);
      delivery.attempt += 1;
      this.schedule(delivery);
    }
    this.store.save();
  }
}

function shuffle<T>(items: T[]) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
