import fs from 'node:fs';
import path from 'node:path';
import type Stripe from 'stripe';
import { resourceMissing } from './errors';
import { buildEvent, planFromPrice, type LineItemInput, type StandinEvent } from './objects';

/** What a saved test card does when it is charged later, off-session (renewals, retries). */
export type CardBehaviour = 'succeeds' | 'fails_later' | 'requires_authentication';

export interface Settings {
  /** What happens to a subscription when the last renewal retry fails. */
  failedRenewal: 'canceled' | 'unpaid';
  /** Shown as the business name on hosted pages; defaults to the return/cancel URL's host. */
  businessName: string | null;
  duplicate: boolean;
  delayMs: number;
  shuffle: boolean;
  paused: boolean;
}

export interface PendingDelivery {
  id: string;
  eventId: string;
  attempt: number;
  /** Real time in ms: retries wait on the wall clock, not the stand-in clock. */
  dueAt: number;
  held: boolean;
}

export interface DeliveryRecord {
  event: string;
  type: string;
  attempt: number;
  status: number | null;
  error: string | null;
  at: number;
}

interface IdempotentResponse {
  fingerprint: string;
  status: number;
  body: string;
  at: number;
}

export interface State {
  clockOffset: number;
  customers: Record<string, Stripe.Customer>;
  products: Record<string, Stripe.Product>;
  prices: Record<string, Stripe.Price>;
  paymentMethods: Record<string, Stripe.PaymentMethod>;
  checkoutSessions: Record<string, Stripe.Checkout.Session>;
  paymentIntents: Record<string, Stripe.PaymentIntent>;
  subscriptions: Record<string, Stripe.Subscription>;
  invoices: Record<string, Stripe.Invoice>;
  invoiceItems: Record<string, Stripe.InvoiceItem>;
  portalSessions: Record<string, Stripe.BillingPortal.Session>;
  portalConfigurations: Record<string, Stripe.BillingPortal.Configuration>;
  events: Record<string, StandinEvent>;
  /** Checkout parameters Stripe keeps but does not show on the session object. */
  checkoutExtras: Record<
    string,
    { lineItems: LineItemInput[]; subscriptionMetadata: Stripe.Metadata; paymentIntentMetadata?: Stripe.Metadata }
  >;
  cardBehaviours: Record<string, CardBehaviour>;
  /** Invoice id → when its first automatic charge failed (retries are counted from there) and how many have. */
  dunning: Record<string, { firstFailureAt: number; failures: number }>;
  settings: Settings;
  deliveries: { pending: PendingDelivery[]; log: DeliveryRecord[] };
  idempotency: Record<string, IdempotentResponse>;
}

export const defaultSettings = (): Settings => ({
  failedRenewal: 'canceled',
  businessName: null,
  duplicate: false,
  delayMs: 0,
  shuffle: false,
  paused: false,
});

function emptyState(): State {
  return {
    clockOffset: 0,
    customers: {},
    products: {},
    prices: {},
    paymentMethods: {},
    checkoutSessions: {},
    paymentIntents: {},
    subscriptions: {},
    invoices: {},
    invoiceItems: {},
    portalSessions: {},
    portalConfigurations: {},
    events: {},
    checkoutExtras: {},
    cardBehaviours: {},
    dunning: {},
    settings: defaultSettings(),
    deliveries: { pending: [], log: [] },
    idempotency: {},
  };
}

/** Collections the expand machinery can resolve an id from, by the id's prefix. */
const COLLECTION_BY_PREFIX: Record<string, keyof State> = {
  cus: 'customers',
  prod: 'products',
  price: 'prices',
  pm: 'paymentMethods',
  cs: 'checkoutSessions',
  pi: 'paymentIntents',
  sub: 'subscriptions',
  in: 'invoices',
  ii: 'invoiceItems',
  bps: 'portalSessions',
  bpc: 'portalConfigurations',
  evt: 'events',
};

const IDEMPOTENCY_TTL_MS = 24 * 3600 * 1000;
/** The SDK keys every POST, so the cache would otherwise grow with every call a long local run makes. */
const IDEMPOTENCY_LIMIT = 500;
const EVENT_LIMIT = 10_000;
const DELIVERY_LOG_LIMIT = 2000;

type RequestInfo = StandinEvent['request'];

export class Store {
  state: State;
  /** Set while due work is processed, so everything done "at" a renewal carries that time. */
  private frozenAt: number | null = null;
  /** The API request being handled; events it causes name it, as Stripe's do. */
  private request: RequestInfo = { id: null, idempotency_key: null };
  private listeners: ((event: StandinEvent) => void)[] = [];

  constructor(
    private readonly dataFile: string | undefined,
    private readonly webhookEndpoints: number,
  ) {
    this.state = dataFile ? load(dataFile) : emptyState();
  }

  now(): number {
    return this.frozenAt ?? Math.floor(Date.now() / 1000) + this.state.clockOffset;
  }

  /** Runs `work` as if the clock read `at`: what is due at a moment happens at that moment. */
  at<T>(at: number, work: () => T): T {
    const outer = this.frozenAt;
    this.frozenAt = at;
    try {
      return work();
    } finally {
      this.frozenAt = outer;
    }
  }

  /** Moves the clock; it keeps running with real time from there. */
  setClock(at: number) {
    this.state.clockOffset = at - Math.floor(Date.now() / 1000);
  }

  withRequest<T>(request: RequestInfo, work: () => T): T {
    this.request = request;
    try {
      return work();
    } finally {
      this.request = { id: null, idempotency_key: null };
    }
  }

  onEvent(listener: (event: StandinEvent) => void) {
    this.listeners.push(listener);
  }

  emit(type: string, object: unknown, previousAttributes?: Record<string, unknown>): StandinEvent {
    const event = buildEvent({
      created: this.now(),
      type,
      object: this.present(object),
      previousAttributes,
      pendingWebhooks: this.webhookEndpoints,
      request: this.request,
    });
    this.state.events[event.id] = event;
    const ids = Object.keys(this.state.events);
    if (ids.length > EVENT_LIMIT) delete this.state.events[ids[0]!];
    for (const listener of this.listeners) listener(event);
    return event;
  }

  /**
   * Applies `mutate` and, if anything visible changed, emits `type` with Stripe's
   * previous_attributes: the earlier value of each top-level field that changed.
   */
  update<T extends object>(type: string, object: T, mutate: () => void): boolean {
    const before = this.present(object) as Record<string, unknown>;
    mutate();
    const after = this.present(object) as Record<string, unknown>;
    const previous: Record<string, unknown> = {};
    for (const key of Object.keys(before)) {
      if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) previous[key] = before[key];
    }
    if (Object.keys(previous).length === 0) return false;
    this.emit(type, object, previous);
    return true;
  }

  /**
   * The object as the API shows it now. Subscription items embed their price; a price edited
   * after the subscription began must show its current state, as it does on Stripe.
   */
  present<T>(object: T): T {
    const copy = structuredClone(object);
    if (isSubscription(copy)) {
      for (const item of copy.items.data) {
        const price = this.state.prices[item.price.id];
        if (price) {
          item.price = structuredClone(price);
          item.plan = planFromPrice(price);
        }
      }
    }
    return copy;
  }

  find(id: string): unknown {
    const prefix = id.startsWith('cs_') ? 'cs' : id.slice(0, id.indexOf('_'));
    const collection = COLLECTION_BY_PREFIX[prefix];
    if (!collection) return undefined;
    const found = (this.state[collection] as Record<string, unknown>)[id];
    return found === undefined ? undefined : this.present(found);
  }

  get<K extends keyof State>(
    collection: K,
    id: string,
    kind: string,
    param = 'id',
  ): State[K] extends Record<string, infer V> ? V : never {
    const found = (this.state[collection] as Record<string, unknown>)[id];
    if (found === undefined) throw resourceMissing(kind, id, param);
    return found as State[K] extends Record<string, infer V> ? V : never;
  }

  idempotentResponse(key: string): IdempotentResponse | undefined {
    return this.state.idempotency[key];
  }

  rememberResponse(key: string, response: Omit<IdempotentResponse, 'at'>) {
    const cutoff = Date.now() - IDEMPOTENCY_TTL_MS;
    for (const [stored, entry] of Object.entries(this.state.idempotency)) {
      if (entry.at < cutoff) delete this.state.idempotency[stored];
    }
    this.state.idempotency[key] = { ...response, at: Date.now() };
    const keys = Object.keys(this.state.idempotency);
    for (const stale of keys.slice(0, Math.max(0, keys.length - IDEMPOTENCY_LIMIT)))
      delete this.state.idempotency[stale];
  }

  logDelivery(record: DeliveryRecord) {
    const log = this.state.deliveries.log;
    log.push(record);
    if (log.length > DELIVERY_LOG_LIMIT) log.splice(0, log.length - DELIVERY_LOG_LIMIT);
  }

  reset() {
    this.state = emptyState();
    this.save();
  }

  /** Atomic: a crash mid-write leaves the previous file, never half of one. */
  save() {
    if (!this.dataFile) return;
    fs.mkdirSync(path.dirname(this.dataFile), { recursive: true });
    const temp = `${this.dataFile}.${process.pid}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(this.state));
    fs.renameSync(temp, this.dataFile);
  }
}

function isSubscription(value: unknown): value is Stripe.Subscription {
  return typeof value === 'object' && value !== null && (value as { object?: unknown }).object === 'subscription';
}

function load(file: string): State {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyState();
    throw error;
  }
  try {
    const saved = JSON.parse(text) as Partial<State>;
    // Fields added in later versions of the stand-in start empty rather than undefined.
    const state = { ...emptyState(), ...saved };
    state.settings = { ...defaultSettings(), ...saved.settings };
    return state;
  } catch {
    throw new Error(`The Stripe stand-in's data file ${file} is not valid JSON. Move it aside to start empty.`);
  }
}
