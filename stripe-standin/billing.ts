import type Stripe from 'stripe';
import type { Card } from './cards';
import { invalidRequest } from './errors';
import {
  buildCustomer,
  buildInvoice,
  buildInvoiceItem,
  buildPaymentIntent,
  buildPaymentMethod,
  buildSubscription,
  buildSubscriptionItem,
  planFromPrice,
  type InvoiceLineInput,
} from './objects';
import { addInterval, DAY, nextPeriodEnd, remainingFraction, sameInterval } from './periods';
import type { Store } from './store';

/** Stripe's default Smart Retries schedule, simplified: days after the first failed renewal charge. */
const RETRY_DAYS = [3, 5, 7];

/** At checkout the reader is present and card 0341 still succeeds; later charges are off-session. */
type ChargeMode = 'checkout' | 'on_session' | 'off_session';
type PaymentResult = 'paid' | 'failed' | 'requires_action';
export type ProrationBehavior = 'create_prorations' | 'none' | 'always_invoice';

const LIVE_STATUSES: Stripe.Subscription.Status[] = ['active', 'trialing', 'past_due', 'unpaid'];

function recurringOf(price: Stripe.Price): Stripe.Price.Recurring {
  if (!price.recurring) throw invalidRequest(`The price ${price.id} is not recurring.`, 'price');
  return price.recurring;
}

function productName(store: Store, price: Stripe.Price): string {
  return store.state.products[price.product as string]?.name ?? 'Subscription';
}

export function periodEnd(subscription: Stripe.Subscription): number {
  return Math.min(...subscription.items.data.map((item) => item.current_period_end));
}

/**
 * Everything that moves money or changes a subscription's state: checkout completion, renewals,
 * failed-payment retries, cancellation and plan changes. Each step emits the events Stripe would,
 * in Stripe's order.
 */
export class Billing {
  constructor(private readonly store: Store) {}

  private get state() {
    return this.store.state;
  }

  /** The card as a PaymentMethod, attached to `customer` or (a guest payment) to nobody. */
  private addPaymentMethod(
    customer: string | null,
    card: Card,
    details: { email: string | null; name: string | null },
  ) {
    const paymentMethod = buildPaymentMethod({
      created: this.store.now(),
      customer,
      brand: card.brand,
      last4: card.last4,
      expMonth: card.expMonth,
      expYear: card.expYear,
      email: details.email,
      name: details.name,
    });
    this.state.paymentMethods[paymentMethod.id] = paymentMethod;
    return paymentMethod;
  }

  saveCard(customer: Stripe.Customer, card: Card, details: { email: string | null; name: string | null }) {
    const paymentMethod = this.addPaymentMethod(customer.id, card, details);
    this.state.cardBehaviours[paymentMethod.id] =
      card.outcome === 'fails_later' || card.outcome === 'requires_authentication' ? card.outcome : 'succeeds';
    this.store.emit('payment_method.attached', paymentMethod);
    this.store.update('customer.updated', customer, () => {
      customer.invoice_settings.default_payment_method = paymentMethod.id;
    });
    return paymentMethod;
  }

  /** The hosted checkout form was submitted with a card that pays. */
  completeCheckout(
    session: Stripe.Checkout.Session,
    card: Card,
    details: { email: string; name: string },
  ): Stripe.Subscription {
    const now = this.store.now();
    const extras = this.state.checkoutExtras[session.id] ?? { lineItems: [], subscriptionMetadata: {} };
    let customer = session.customer ? this.state.customers[session.customer as string] : undefined;
    if (!customer) {
      customer = buildCustomer({
        created: now,
        email: details.email,
        name: details.name,
        description: null,
        phone: null,
        metadata: {},
      });
      this.state.customers[customer.id] = customer;
      this.store.emit('customer.created', customer);
    } else if (!customer.email) {
      const existing = customer;
      this.store.update('customer.updated', existing, () => {
        existing.email = details.email;
      });
    }
    const paymentMethod = this.saveCard(customer, card, details);

    const subscription = buildSubscription({
      created: now,
      customer: customer.id,
      currency: session.currency ?? 'usd',
      defaultPaymentMethod: paymentMethod.id,
      metadata: extras.subscriptionMetadata,
    });
    subscription.items.data = extras.lineItems.map(({ price: priceId, quantity }) => {
      const price = this.store.get('prices', priceId, 'price');
      return buildSubscriptionItem({
        subscription: subscription.id,
        created: now,
        price,
        quantity,
        periodStart: now,
        periodEnd: addInterval(now, recurringOf(price)),
      });
    });
    const invoice = this.createInvoice(
      subscription,
      customer,
      'subscription_create',
      this.itemLines(subscription),
      now,
      now,
    );
    this.attemptPayment(invoice, subscription, 'checkout');
    subscription.status = 'active';
    subscription.latest_invoice = invoice.id;
    this.state.subscriptions[subscription.id] = subscription;
    this.store.emit('customer.subscription.created', subscription);
    this.emitInvoicePaid(invoice);

    session.customer = customer.id;
    session.subscription = subscription.id;
    session.invoice = invoice.id;
    this.closeSession(session, details);
    return subscription;
  }

  /**
   * A payment-mode session (a one-off payment, a donation) paid with a card that pays: one
   * succeeded PaymentIntent. With no Customer on the session it stays a guest payment
   * (customer_creation if_required), so nothing but the receipt address is kept.
   */
  completePayment(
    session: Stripe.Checkout.Session,
    card: Card,
    details: { email: string; name: string },
  ): Stripe.PaymentIntent {
    const now = this.store.now();
    const customer = session.customer ? this.state.customers[session.customer as string] : undefined;
    const paymentMethod = this.addPaymentMethod(null, card, details);
    const paymentIntent = buildPaymentIntent({
      created: now,
      amount: session.amount_total ?? 0,
      currency: session.currency ?? 'usd',
      customer: customer?.id ?? null,
      paymentMethod: paymentMethod.id,
      receiptEmail: null,
      description: null,
      metadata: this.state.checkoutExtras[session.id]?.paymentIntentMetadata ?? {},
    });
    this.state.paymentIntents[paymentIntent.id] = paymentIntent;
    this.store.emit('payment_intent.created', paymentIntent);
    this.store.emit('payment_intent.succeeded', paymentIntent);
    session.payment_intent = paymentIntent.id;
    this.closeSession(session, details);
    return paymentIntent;
  }

  private closeSession(session: Stripe.Checkout.Session, details: { email: string; name: string }) {
    session.status = 'complete';
    session.payment_status = 'paid';
    session.url = null;
    session.customer_details = {
      address: { city: null, country: null, line1: null, line2: null, postal_code: null, state: null },
      business_name: null,
      email: details.email,
      individual_name: null,
      name: details.name,
      phone: null,
      tax_exempt: 'none',
      tax_ids: [],
    };
    this.store.emit('checkout.session.completed', session);
  }

  /**
   * The portal's card form succeeded: the card becomes the default everywhere, and a subscription
   * waiting on a failed payment is charged again at once, as Stripe's portal does.
   */
  replaceCard(customer: Stripe.Customer, card: Card, name: string): { retried: PaymentResult[] } {
    const paymentMethod = this.saveCard(customer, card, { email: customer.email, name });
    const retried: PaymentResult[] = [];
    for (const subscription of this.subscriptionsOf(customer.id)) {
      if (!LIVE_STATUSES.includes(subscription.status)) continue;
      this.store.update('customer.subscription.updated', subscription, () => {
        subscription.default_payment_method = paymentMethod.id;
      });
      if (subscription.status !== 'past_due' && subscription.status !== 'unpaid') continue;
      const invoice = subscription.latest_invoice
        ? this.state.invoices[subscription.latest_invoice as string]
        : undefined;
      if (invoice?.status === 'open')
        retried.push(this.collect(invoice, subscription, 'on_session', { automatic: false }));
    }
    return { retried };
  }

  setCancelAtPeriodEnd(subscription: Stripe.Subscription, cancel: boolean) {
    this.updateSubscription(subscription, { cancelAtPeriodEnd: cancel });
  }

  /**
   * The plain fields of one subscriptions.update call, applied together so that Stripe's one
   * customer.subscription.updated event carries them all. `pauseCollection: null` unsets the pause.
   */
  updateSubscription(subscription: Stripe.Subscription, changes: SubscriptionChanges) {
    const { metadata, defaultPaymentMethod, cancelAtPeriodEnd, cancellationDetails, pauseCollection } = changes;
    const cancelling = cancelAtPeriodEnd !== undefined && cancelAtPeriodEnd !== subscription.cancel_at_period_end;
    if (cancelling || pauseCollection !== undefined) this.assertNotCanceled(subscription);
    const now = this.store.now();
    this.store.update('customer.subscription.updated', subscription, () => {
      if (metadata) subscription.metadata = metadata;
      if (defaultPaymentMethod) subscription.default_payment_method = defaultPaymentMethod;
      if (pauseCollection !== undefined) subscription.pause_collection = pauseCollection;
      if (cancelling) {
        subscription.cancel_at_period_end = cancelAtPeriodEnd;
        subscription.cancel_at = cancelAtPeriodEnd ? periodEnd(subscription) : null;
        subscription.canceled_at = cancelAtPeriodEnd ? now : null;
        // Resuming forgets why the member was leaving; cancelling records that they asked to.
        subscription.cancellation_details = {
          comment: null,
          feedback: null,
          feedback_option: null,
          reason: cancelAtPeriodEnd ? 'cancellation_requested' : null,
        };
      }
      if (cancellationDetails) {
        const details = (subscription.cancellation_details ??= {
          comment: null,
          feedback: null,
          feedback_option: null,
          reason: null,
        });
        if (cancellationDetails.comment !== undefined) details.comment = cancellationDetails.comment;
        if (cancellationDetails.feedback !== undefined) details.feedback = cancellationDetails.feedback;
      }
    });
  }

  /** True while a pause started earlier still holds: renewals are then not charged. */
  private pausedAt(subscription: Stripe.Subscription, at: number): Stripe.Subscription.PauseCollection | null {
    const pause = subscription.pause_collection;
    if (!pause) return null;
    return pause.resumes_at === null || pause.resumes_at > at ? pause : null;
  }

  cancelNow(
    subscription: Stripe.Subscription,
    reason: Stripe.Subscription.CancellationDetails.Reason = 'cancellation_requested',
  ) {
    this.assertNotCanceled(subscription);
    const now = this.store.now();
    this.store.update('customer.subscription.deleted', subscription, () => {
      subscription.status = 'canceled';
      subscription.ended_at = now;
      subscription.canceled_at ??= now;
      subscription.cancellation_details = { comment: null, feedback: null, feedback_option: null, reason };
    });
    // A canceled subscription's open invoice is no longer retried.
    for (const invoice of this.invoicesOf(subscription.id)) {
      if (invoice.status === 'open') invoice.next_payment_attempt = null;
    }
  }

  /** What switching to `price` would cost now: a proration on the next invoice, or a charge today when the interval changes. */
  prorationPreview(subscription: Stripe.Subscription, price: Stripe.Price): { amount: number; dueNow: boolean } {
    const item = subscription.items.data[0];
    if (!item) return { amount: 0, dueNow: false };
    const current = this.state.prices[item.price.id] ?? item.price;
    const fraction = remainingFraction(item, this.store.now());
    const unused = Math.round((current.unit_amount ?? 0) * (item.quantity ?? 1) * fraction);
    if (!sameInterval(current, price))
      return { amount: (price.unit_amount ?? 0) * (item.quantity ?? 1) - unused, dueNow: true };
    return { amount: Math.round((price.unit_amount ?? 0) * (item.quantity ?? 1) * fraction) - unused, dueNow: false };
  }

  changePrice(
    subscription: Stripe.Subscription,
    itemId: string | undefined,
    price: Stripe.Price,
    behavior: ProrationBehavior,
  ) {
    this.assertNotCanceled(subscription);
    const item = itemId
      ? subscription.items.data.find((candidate) => candidate.id === itemId)
      : subscription.items.data[0];
    if (!item) throw invalidRequest(`Invalid subscription_item: ${itemId ?? ''}`, 'items[0][id]');
    const current = this.state.prices[item.price.id] ?? item.price;
    if (current.id === price.id) return;
    const recurring = recurringOf(price);
    if (price.currency !== subscription.currency) {
      throw invalidRequest(
        `The price ${price.id} is in ${price.currency}, but the subscription is billed in ${subscription.currency}.`,
        'items[0][price]',
      );
    }
    const now = this.store.now();
    const customer = this.store.get('customers', subscription.customer as string, 'customer');
    const quantity = item.quantity ?? 1;
    const fraction = remainingFraction(item, now);
    const credit: InvoiceLineInput = {
      amount: -Math.round((current.unit_amount ?? 0) * quantity * fraction),
      description: `Unused time on ${productName(this.store, current)} after ${formatDay(now)}`,
      price: current,
      quantity,
      periodStart: now,
      periodEnd: item.current_period_end,
      subscriptionItem: item.id,
      invoiceItem: null,
      proration: true,
    };

    // One update event for the whole change, as Stripe sends for one API call; payment events follow.
    let invoice: Stripe.Invoice | null = null;
    this.store.update('customer.subscription.updated', subscription, () => {
      item.price = price;
      item.plan = planFromPrice(price);
      if (sameInterval(current, price)) {
        if (behavior === 'none') return;
        const charge: InvoiceLineInput = {
          ...credit,
          amount: Math.round((price.unit_amount ?? 0) * quantity * fraction),
          description: `Remaining time on ${productName(this.store, price)} after ${formatDay(now)}`,
          price,
        };
        const pending = [credit, charge].map((line) => this.addPendingItem(subscription, item, line));
        if (behavior === 'always_invoice')
          invoice = this.invoicePending(subscription, customer, 'subscription_update', pending);
      } else {
        // A new interval restarts the billing cycle today and is invoiced at once, as on Stripe.
        item.current_period_start = now;
        item.current_period_end = addInterval(now, recurring);
        subscription.billing_cycle_anchor = now;
        if (subscription.cancel_at_period_end) subscription.cancel_at = periodEnd(subscription);
        invoice = this.invoicePending(
          subscription,
          customer,
          'subscription_update',
          [],
          behavior === 'none' ? [] : [credit],
        );
      }
    });
    if (invoice) this.collect(invoice, subscription, 'off_session', { automatic: true });
  }

  /**
   * Processes everything due up to `target` in time order, each at its own moment, as a Stripe
   * test clock does when advanced. Returns how many things happened.
   */
  processDue(target: number): number {
    let processed = 0;
    for (; processed < 100_000; processed++) {
      const next = this.nextDue();
      if (!next || next.at > target) break;
      this.store.at(next.at, next.run);
    }
    return processed;
  }

  private nextDue(): { at: number; run: () => void } | null {
    let next: { at: number; run: () => void } | null = null;
    const consider = (at: number, run: () => void) => {
      if (!next || at < next.at) next = { at, run };
    };
    for (const subscription of Object.values(this.state.subscriptions)) {
      if (subscription.items.data.length === 0) continue;
      const ending = subscription.cancel_at_period_end && LIVE_STATUSES.includes(subscription.status);
      // Considered before the renewal: an invoice made at the very moment collection resumes is charged.
      const resumesAt = subscription.pause_collection?.resumes_at;
      if (resumesAt && LIVE_STATUSES.includes(subscription.status)) {
        consider(resumesAt, () =>
          this.store.update('customer.subscription.updated', subscription, () => {
            subscription.pause_collection = null;
          }),
        );
      }
      if (ending) consider(periodEnd(subscription), () => this.cancelNow(subscription));
      else if (subscription.status === 'active' || subscription.status === 'trialing') {
        consider(periodEnd(subscription), () => this.renew(subscription));
      }
    }
    for (const invoice of Object.values(this.state.invoices)) {
      if (invoice.status === 'open' && invoice.next_payment_attempt !== null) {
        consider(invoice.next_payment_attempt, () => this.retry(invoice));
      }
    }
    for (const session of Object.values(this.state.checkoutSessions)) {
      if (session.status === 'open') {
        consider(session.expires_at, () => {
          session.status = 'expired';
          session.url = null;
          this.store.emit('checkout.session.expired', session);
        });
      }
    }
    return next;
  }

  private renew(subscription: Stripe.Subscription) {
    const customer = this.store.get('customers', subscription.customer as string, 'customer');
    const pending = Object.values(this.state.invoiceItems).filter(
      (invoiceItem) =>
        invoiceItem.invoice === null && invoiceItem.parent?.subscription_details?.subscription === subscription.id,
    );
    const pause = this.pausedAt(subscription, this.store.now());
    let invoice: Stripe.Invoice | undefined;
    this.store.update('customer.subscription.updated', subscription, () => {
      for (const item of subscription.items.data) {
        const price = this.state.prices[item.price.id] ?? item.price;
        item.current_period_start = item.current_period_end;
        item.current_period_end = nextPeriodEnd(
          subscription.billing_cycle_anchor,
          recurringOf(price),
          item.current_period_end,
        );
      }
      invoice = this.invoicePending(
        subscription,
        customer,
        'subscription_cycle',
        pending,
        this.itemLines(subscription),
        { applyBalance: !pause },
      );
      if (invoice && pause) holdWhilePaused(invoice, pause.behavior, this.store.now());
    });
    // A paused subscription's invoice is never charged, and Stripe sends no invoice events for it.
    if (invoice && !pause) this.collect(invoice, subscription, 'off_session', { automatic: true });
  }

  /** Invoices the subscription's pending proration items plus `lines`, and makes it the latest invoice. */
  private invoicePending(
    subscription: Stripe.Subscription,
    customer: Stripe.Customer,
    reason: Stripe.Invoice.BillingReason,
    pending: Stripe.InvoiceItem[],
    lines: InvoiceLineInput[] = [],
    options: { applyBalance: boolean } = { applyBalance: true },
  ): Stripe.Invoice {
    const now = this.store.now();
    const invoice = this.createInvoice(
      subscription,
      customer,
      reason,
      [...pending.map(lineFromItem), ...lines],
      now,
      now,
      options,
    );
    for (const invoiceItem of pending) invoiceItem.invoice = invoice.id;
    subscription.latest_invoice = invoice.id;
    return invoice;
  }

  private retry(invoice: Stripe.Invoice) {
    const subscription = this.state.subscriptions[invoice.parent?.subscription_details?.subscription as string];
    if (!subscription || !LIVE_STATUSES.includes(subscription.status)) {
      invoice.next_payment_attempt = null;
      return;
    }
    this.collect(invoice, subscription, 'off_session', { automatic: true });
  }

  /**
   * Charges an open invoice and moves the subscription accordingly. Automatic attempts follow the
   * retry schedule; one the reader starts (a new card in the portal) does not move it.
   */
  private collect(
    invoice: Stripe.Invoice,
    subscription: Stripe.Subscription,
    mode: ChargeMode,
    { automatic }: { automatic: boolean },
  ): PaymentResult {
    const result = this.attemptPayment(invoice, subscription, mode);
    if (result === 'paid') {
      delete this.state.dunning[invoice.id];
      this.emitInvoicePaid(invoice);
      if (subscription.status !== 'active') {
        this.store.update('customer.subscription.updated', subscription, () => {
          subscription.status = 'active';
        });
      }
      return result;
    }

    const dunning = (this.state.dunning[invoice.id] ??= { firstFailureAt: this.store.now(), failures: 0 });
    if (automatic) {
      const nextRetryDays = RETRY_DAYS[dunning.failures];
      dunning.failures += 1;
      invoice.next_payment_attempt = nextRetryDays === undefined ? null : dunning.firstFailureAt + nextRetryDays * DAY;
    }
    this.store.emit('invoice.payment_failed', invoice);
    if (result === 'requires_action') this.store.emit('invoice.payment_action_required', invoice);

    if (automatic && invoice.next_payment_attempt === null) {
      if (this.state.settings.failedRenewal === 'unpaid') {
        this.store.update('customer.subscription.updated', subscription, () => {
          subscription.status = 'unpaid';
        });
      } else {
        this.cancelNow(subscription, 'payment_failed');
      }
    } else if (subscription.status === 'active' || subscription.status === 'trialing') {
      this.store.update('customer.subscription.updated', subscription, () => {
        subscription.status = 'past_due';
      });
    }
    return result;
  }

  private attemptPayment(invoice: Stripe.Invoice, subscription: Stripe.Subscription, mode: ChargeMode): PaymentResult {
    const now = this.store.now();
    const customer = this.state.customers[invoice.customer as string];
    if (invoice.amount_due > 0) {
      const paymentMethod =
        (subscription.default_payment_method as string | null) ??
        (customer?.invoice_settings.default_payment_method as string | null);
      const behaviour = paymentMethod ? this.state.cardBehaviours[paymentMethod] : undefined;
      invoice.attempt_count += 1;
      invoice.attempted = true;
      const outcome: PaymentResult =
        behaviour === undefined || (behaviour === 'fails_later' && mode !== 'checkout')
          ? 'failed'
          : behaviour === 'requires_authentication' && mode === 'off_session'
            ? 'requires_action'
            : 'paid';
      if (outcome !== 'paid') {
        if (customer) customer.delinquent = true;
        return outcome;
      }
    }
    invoice.status = 'paid';
    invoice.amount_paid = invoice.amount_due;
    invoice.amount_remaining = 0;
    invoice.next_payment_attempt = null;
    invoice.status_transitions.paid_at = now;
    if (customer) customer.delinquent = false;
    return 'paid';
  }

  private emitInvoicePaid(invoice: Stripe.Invoice) {
    this.store.emit('invoice.paid', invoice);
    this.store.emit('invoice.payment_succeeded', invoice);
  }

  /** Creates and finalizes an invoice, applying any credit on the customer's balance. */
  private createInvoice(
    subscription: Stripe.Subscription,
    customer: Stripe.Customer,
    billingReason: Stripe.Invoice.BillingReason,
    lines: InvoiceLineInput[],
    periodStart: number,
    periodEnd: number,
    { applyBalance }: { applyBalance: boolean } = { applyBalance: true },
  ): Stripe.Invoice {
    const now = this.store.now();
    const invoice = buildInvoice({
      created: now,
      customer,
      subscription,
      currency: subscription.currency,
      billingReason,
      lines,
      periodStart,
      periodEnd,
    });
    // A paused subscription's voided invoices leave the customer's credit balance alone, as on Stripe.
    const balance = applyBalance ? customer.balance : 0;
    invoice.starting_balance = balance;
    invoice.amount_due = Math.max(0, invoice.total + balance);
    invoice.amount_remaining = invoice.amount_due;
    invoice.ending_balance = Math.min(0, invoice.total + balance);
    if (applyBalance) customer.balance = invoice.ending_balance;
    invoice.status = 'open';
    invoice.number = `${customer.invoice_prefix}-${String(customer.next_invoice_sequence ?? 1).padStart(4, '0')}`;
    customer.next_invoice_sequence = (customer.next_invoice_sequence ?? 1) + 1;
    invoice.effective_at = now;
    invoice.status_transitions.finalized_at = now;
    this.state.invoices[invoice.id] = invoice;
    return invoice;
  }

  private itemLines(subscription: Stripe.Subscription): InvoiceLineInput[] {
    return subscription.items.data.map((item) => {
      const price = this.state.prices[item.price.id] ?? item.price;
      const quantity = item.quantity ?? 1;
      return {
        amount: (price.unit_amount ?? 0) * quantity,
        description: `${quantity} × ${productName(this.store, price)}`,
        price,
        quantity,
        periodStart: item.current_period_start,
        periodEnd: item.current_period_end,
        subscriptionItem: item.id,
        invoiceItem: null,
        proration: false,
      };
    });
  }

  private addPendingItem(
    subscription: Stripe.Subscription,
    item: Stripe.SubscriptionItem,
    line: InvoiceLineInput,
  ): Stripe.InvoiceItem {
    const invoiceItem = buildInvoiceItem({
      created: this.store.now(),
      customer: subscription.customer as string,
      subscription: subscription.id,
      subscriptionItem: item.id,
      price: line.price ?? item.price,
      amount: line.amount,
      description: line.description,
      periodStart: line.periodStart,
      periodEnd: line.periodEnd,
    });
    this.state.invoiceItems[invoiceItem.id] = invoiceItem;
    return invoiceItem;
  }

  subscriptionsOf(customerId: string): Stripe.Subscription[] {
    return Object.values(this.state.subscriptions).filter((subscription) => subscription.customer === customerId);
  }

  invoicesOf(subscriptionId: string): Stripe.Invoice[] {
    return Object.values(this.state.invoices).filter(
      (invoice) => invoice.parent?.subscription_details?.subscription === subscriptionId,
    );
  }

  private assertNotCanceled(subscription: Stripe.Subscription) {
    if (subscription.status === 'canceled' || subscription.status === 'incomplete_expired') {
      throw invalidRequest(
        'A canceled subscription can only update its cancellation_details and metadata.',
        undefined,
        'resource_already_canceled',
      );
    }
  }
}

export interface SubscriptionChanges {
  metadata?: Stripe.Metadata;
  defaultPaymentMethod?: string;
  cancelAtPeriodEnd?: boolean;
  cancellationDetails?: { comment?: string | null; feedback?: Stripe.Subscription.CancellationDetails.Feedback | null };
  pauseCollection?: Stripe.Subscription.PauseCollection | null;
}

/** What pause_collection[behavior] does to an invoice made while paused: voided, left as a draft, or written off. */
function holdWhilePaused(invoice: Stripe.Invoice, behavior: Stripe.Subscription.PauseCollection.Behavior, at: number) {
  invoice.next_payment_attempt = null;
  invoice.amount_remaining = behavior === 'keep_as_draft' ? invoice.amount_due : 0;
  if (behavior === 'keep_as_draft') {
    invoice.status = 'draft';
    invoice.auto_advance = false;
    invoice.number = null;
    invoice.effective_at = null;
    invoice.status_transitions.finalized_at = null;
  } else if (behavior === 'mark_uncollectible') {
    invoice.status = 'uncollectible';
    invoice.status_transitions.marked_uncollectible_at = at;
  } else {
    invoice.status = 'void';
    invoice.status_transitions.voided_at = at;
  }
}

function lineFromItem(invoiceItem: Stripe.InvoiceItem): InvoiceLineInput {
  return {
    amount: invoiceItem.amount,
    description: invoiceItem.description ?? '',
    price: null,
    quantity: invoiceItem.quantity,
    periodStart: invoiceItem.period.start,
    periodEnd: invoiceItem.period.end,
    subscriptionItem: invoiceItem.parent?.subscription_details?.subscription_item ?? null,
    invoiceItem: invoiceItem.id,
    proration: invoiceItem.proration,
  };
}

function formatDay(at: number): string {
  return new Date(at * 1000).toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
