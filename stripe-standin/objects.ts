import type Stripe from 'stripe';
import { newId } from './ids';

/**
 * Builders for the objects the stand-in serves. Each carries every top-level field of Stripe's
 * example object (stripe/openapi fixtures3.json) with the value a fresh test-mode object has, so
 * app code reading any field sees what it would see in production.
 */

export const API_VERSION = '2026-10-28.endive';

/** Decimal fields travel as strings; the SDK turns them into its Decimal class on the way in. */
export const decimal = (value: string | number) => String(value) as unknown as Stripe.Decimal;

const emptyAddress = (): Stripe.Address => ({
  city: null,
  country: null,
  line1: null,
  line2: null,
  postal_code: null,
  state: null,
});

export interface ListObject<T> {
  object: 'list';
  data: T[];
  has_more: boolean;
  url: string;
}

export function listObject<T>(data: T[], url: string, hasMore = false): ListObject<T> {
  return { object: 'list', data, has_more: hasMore, url };
}

export function buildCustomer(input: {
  created: number;
  email: string | null;
  name: string | null;
  description: string | null;
  phone: string | null;
  metadata: Stripe.Metadata;
}): Stripe.Customer {
  return {
    id: newId('cus'),
    object: 'customer',
    address: null,
    balance: 0,
    created: input.created,
    currency: null,
    default_source: null,
    delinquent: false,
    description: input.description,
    discount: null,
    email: input.email,
    invoice_prefix: newId('x').slice(2, 10).toUpperCase(),
    invoice_settings: {
      custom_fields: null,
      default_payment_method: null,
      footer: null,
      rendering_options: null,
    },
    livemode: false,
    metadata: input.metadata,
    name: input.name,
    next_invoice_sequence: 1,
    phone: input.phone,
    preferred_locales: [],
    shipping: null,
    tax_exempt: 'none',
    test_clock: null,
  };
}

export function buildProduct(input: {
  created: number;
  name: string;
  description: string | null;
  active: boolean;
  metadata: Stripe.Metadata;
}): Stripe.Product {
  return {
    id: newId('prod'),
    object: 'product',
    active: input.active,
    created: input.created,
    default_price: null,
    description: input.description,
    images: [],
    livemode: false,
    marketing_features: [],
    metadata: input.metadata,
    name: input.name,
    package_dimensions: null,
    shippable: null,
    statement_descriptor: null,
    tax_code: null,
    tax_details: null,
    type: 'service',
    unit_label: null,
    updated: input.created,
    url: null,
  };
}

export type Interval = 'day' | 'week' | 'month' | 'year';

export function buildPrice(input: {
  created: number;
  product: string;
  currency: string;
  unitAmount: number;
  interval: Interval | null;
  intervalCount: number;
  lookupKey: string | null;
  nickname: string | null;
  active: boolean;
  metadata: Stripe.Metadata;
}): Stripe.Price {
  return {
    id: newId('price'),
    object: 'price',
    active: input.active,
    billing_scheme: 'per_unit',
    created: input.created,
    currency: input.currency,
    custom_unit_amount: null,
    livemode: false,
    lookup_key: input.lookupKey,
    metadata: input.metadata,
    nickname: input.nickname,
    product: input.product,
    recurring: input.interval
      ? {
          interval: input.interval,
          interval_count: input.intervalCount,
          meter: null,
          trial_period_days: null,
          usage_type: 'licensed',
        }
      : null,
    tax_behavior: 'unspecified',
    tiers_mode: null,
    transform_quantity: null,
    type: input.interval ? 'recurring' : 'one_time',
    unit_amount: input.unitAmount,
    unit_amount_decimal: decimal(input.unitAmount),
  };
}

/** Subscription items still carry the legacy `plan`, derived from the price. */
export function planFromPrice(price: Stripe.Price): Stripe.Plan {
  return {
    id: price.id,
    object: 'plan',
    active: price.active,
    amount: price.unit_amount,
    amount_decimal: price.unit_amount_decimal,
    billing_scheme: price.billing_scheme,
    created: price.created,
    currency: price.currency,
    interval: price.recurring?.interval ?? 'month',
    interval_count: price.recurring?.interval_count ?? 1,
    livemode: false,
    metadata: price.metadata,
    meter: null,
    nickname: price.nickname,
    product: price.product,
    tiers_mode: null,
    transform_usage: null,
    trial_period_days: null,
    usage_type: 'licensed',
  };
}

export function buildPaymentMethod(input: {
  created: number;
  customer: string | null;
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
  email: string | null;
  name: string | null;
}): Stripe.PaymentMethod {
  return {
    id: newId('pm'),
    object: 'payment_method',
    allow_redisplay: 'always',
    billing_details: { address: emptyAddress(), email: input.email, name: input.name, phone: null, tax_id: null },
    card: {
      brand: input.brand,
      checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: 'pass' },
      country: 'US',
      display_brand: input.brand,
      exp_month: input.expMonth,
      exp_year: input.expYear,
      fingerprint: newId('x').slice(2, 18),
      funding: 'credit',
      generated_from: null,
      last4: input.last4,
      networks: { available: [input.brand], preferred: null },
      regulated_status: 'unregulated',
      three_d_secure_usage: { supported: true },
      wallet: null,
    },
    created: input.created,
    customer: input.customer,
    customer_account: null,
    livemode: false,
    metadata: {},
    type: 'card',
  };
}

export interface LineItemInput {
  price: string;
  quantity: number;
}

export function buildCheckoutSession(input: {
  created: number;
  publicUrl: string;
  customer: string | null;
  customerEmail: string | null;
  clientReferenceId: string | null;
  currency: string;
  amount: number;
  successUrl: string | null;
  cancelUrl: string | null;
  metadata: Stripe.Metadata;
  mode?: 'subscription' | 'payment';
  submitType?: Stripe.Checkout.Session.SubmitType | null;
  /** The language Checkout shows itself in (`locale`); null for Stripe's default ("auto"). */
  locale?: Stripe.Checkout.Session.Locale | null;
}): Stripe.Checkout.Session {
  const mode = input.mode ?? 'subscription';
  const id = newId('cs_test');
  const zeroDetails = { amount_discount: 0, amount_shipping: 0, amount_tax: 0 };
  return {
    id,
    object: 'checkout.session',
    adaptive_pricing: { enabled: false },
    after_expiration: null,
    allow_promotion_codes: null,
    allowed_payment_method_types: null,
    amount_subtotal: input.amount,
    amount_total: input.amount,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null },
    billing_address_collection: null,
    cancel_url: input.cancelUrl,
    client_reference_id: input.clientReferenceId,
    client_secret: null,
    collected_information: null,
    consent: null,
    consent_collection: null,
    created: input.created,
    currency: input.currency,
    currency_conversion: null,
    custom_fields: [],
    custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
    customer: input.customer,
    customer_account: null,
    // In payment mode Stripe makes a Customer only when it must (a guest otherwise).
    customer_creation: input.customer ? null : mode === 'payment' ? 'if_required' : 'always',
    customer_details: null,
    customer_email: input.customerEmail,
    discounts: [],
    expires_at: input.created + 24 * 3600,
    integration_identifier: null,
    invoice: null,
    invoice_creation: null,
    livemode: false,
    locale: input.locale ?? null,
    managed_payments: null,
    metadata: input.metadata,
    mode,
    origin_context: null,
    payment_intent: null,
    payment_link: null,
    payment_method_collection: 'always',
    payment_method_configuration_details: null,
    payment_method_options: {},
    payment_method_types: ['card'],
    payment_status: 'unpaid',
    permissions: null,
    phone_number_collection: { enabled: false },
    recovered_from: null,
    saved_payment_method_options: null,
    setup_intent: null,
    shipping_address_collection: null,
    shipping_cost: null,
    shipping_options: [],
    status: 'open',
    submit_type: input.submitType ?? null,
    subscription: null,
    success_url: input.successUrl,
    total_details: zeroDetails,
    ui_mode: 'hosted',
    url: `${input.publicUrl}/c/pay/${id}`,
    wallet_options: null,
  };
}

/** A one-off payment, as Checkout in payment mode leaves it once the card has paid. */
export function buildPaymentIntent(input: {
  created: number;
  amount: number;
  currency: string;
  customer: string | null;
  paymentMethod: string;
  receiptEmail: string | null;
  description: string | null;
  metadata: Stripe.Metadata;
}): Stripe.PaymentIntent {
  const id = newId('pi');
  return {
    id,
    object: 'payment_intent',
    allowed_payment_method_types: null,
    amount: input.amount,
    amount_capturable: 0,
    amount_details: { tip: {} },
    amount_received: input.amount,
    application: null,
    application_fee_amount: null,
    automatic_payment_methods: null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: 'automatic_async',
    client_secret: `${id}_secret_${newId('s').slice(2)}`,
    confirmation_method: 'automatic',
    created: input.created,
    currency: input.currency,
    customer: input.customer,
    customer_account: null,
    description: input.description,
    excluded_payment_method_types: null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    managed_payments: null,
    metadata: input.metadata,
    next_action: null,
    on_behalf_of: null,
    payment_method: input.paymentMethod,
    payment_method_configuration_details: null,
    payment_method_options: {},
    payment_method_types: ['card'],
    payment_record: null,
    processing: null,
    receipt_email: input.receiptEmail,
    review: null,
    setup_future_usage: null,
    shipping: null,
    source: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: 'succeeded',
    transfer_data: null,
    transfer_group: null,
  };
}

export function buildCheckoutLineItem(price: Stripe.Price, quantity: number, productName: string): Stripe.LineItem {
  const amount = (price.unit_amount ?? 0) * quantity;
  return {
    id: newId('li'),
    object: 'item',
    adjustable_quantity: null,
    amount_discount: 0,
    amount_subtotal: amount,
    amount_tax: 0,
    amount_total: amount,
    currency: price.currency,
    description: productName,
    metadata: {},
    price,
    quantity,
  };
}

export function buildSubscriptionItem(input: {
  subscription: string;
  created: number;
  price: Stripe.Price;
  quantity: number;
  periodStart: number;
  periodEnd: number;
}): Stripe.SubscriptionItem {
  return {
    id: newId('si'),
    object: 'subscription_item',
    billing_thresholds: null,
    created: input.created,
    current_period_end: input.periodEnd,
    current_period_start: input.periodStart,
    current_trial: null,
    discounts: [],
    metadata: {},
    plan: planFromPrice(input.price),
    price: input.price,
    quantity: input.quantity,
    subscription: input.subscription,
    tax_rates: [],
  };
}

export function buildSubscription(input: {
  created: number;
  customer: string;
  currency: string;
  defaultPaymentMethod: string | null;
  metadata: Stripe.Metadata;
}): Stripe.Subscription {
  const id = newId('sub');
  return {
    id,
    object: 'subscription',
    application: null,
    application_fee_percent: null,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null },
    billing_cycle_anchor: input.created,
    billing_cycle_anchor_config: null,
    billing_mode: { type: 'flexible', flexible: { proration_discounts: 'included' }, updated_at: input.created },
    billing_schedules: [],
    billing_thresholds: null,
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: null,
    cancellation_details: { comment: null, feedback: null, feedback_option: null, reason: null },
    collection_method: 'charge_automatically',
    created: input.created,
    currency: input.currency,
    customer: input.customer,
    customer_account: null,
    days_until_due: null,
    default_payment_method: input.defaultPaymentMethod,
    default_source: null,
    default_tax_rates: [],
    description: null,
    discounts: [],
    ended_at: null,
    invoice_settings: {
      account_tax_ids: null,
      custom_fields: null,
      description: null,
      footer: null,
      issuer: { type: 'self' },
    },
    items: listObject<Stripe.SubscriptionItem>([], `/v1/subscription_items?subscription=${id}`),
    latest_invoice: null,
    livemode: false,
    managed_payments: null,
    metadata: input.metadata,
    next_pending_invoice_item_invoice: null,
    on_behalf_of: null,
    pause_collection: null,
    payment_settings: { payment_method_options: null, payment_method_types: null, save_default_payment_method: 'off' },
    pending_invoice_item_interval: null,
    pending_setup_intent: null,
    pending_update: null,
    schedule: null,
    start_date: input.created,
    status: 'incomplete',
    test_clock: null,
    transfer_data: null,
    trial_end: null,
    trial_settings: { end_behavior: { billing_cycle_anchor: 'unchanged', missing_payment_method: 'create_invoice' } },
    trial_start: null,
  };
}

export interface InvoiceLineInput {
  amount: number;
  description: string;
  price: Stripe.Price | null;
  quantity: number;
  periodStart: number;
  periodEnd: number;
  subscriptionItem: string | null;
  invoiceItem: string | null;
  proration: boolean;
}

export function buildInvoice(input: {
  created: number;
  customer: Stripe.Customer;
  subscription: Stripe.Subscription | null;
  currency: string;
  billingReason: Stripe.Invoice.BillingReason;
  lines: InvoiceLineInput[];
  periodStart: number;
  periodEnd: number;
}): Stripe.Invoice {
  const id = newId('in');
  const subscriptionId = input.subscription?.id ?? null;
  const total = input.lines.reduce((sum, line) => sum + line.amount, 0);
  const lines: Stripe.InvoiceLineItem[] = input.lines.map((line) => ({
    id: newId('il'),
    object: 'line_item',
    amount: line.amount,
    currency: input.currency,
    description: line.description,
    discount_amounts: [],
    discountable: !line.proration,
    discounts: [],
    invoice: id,
    livemode: false,
    metadata: {},
    parent: {
      type: line.invoiceItem ? 'invoice_item_details' : 'subscription_item_details',
      invoice_item_details: line.invoiceItem
        ? {
            invoice_item: line.invoiceItem,
            proration: line.proration,
            proration_details: null,
            subscription: subscriptionId,
          }
        : null,
      subscription_item_details:
        line.invoiceItem || !subscriptionId
          ? null
          : {
              invoice_item: null,
              proration: line.proration,
              proration_details: null,
              subscription: subscriptionId,
              subscription_item: line.subscriptionItem ?? '',
            },
    },
    period: { start: line.periodStart, end: line.periodEnd },
    pretax_credit_amounts: [],
    pricing: line.price
      ? {
          type: 'price_details',
          price_details: { price: line.price.id, product: line.price.product as string },
          unit_amount_decimal: line.price.unit_amount_decimal,
        }
      : null,
    quantity: line.quantity,
    quantity_decimal: decimal(line.quantity),
    subscription: subscriptionId,
    subtotal: line.amount,
    taxes: [],
  }));
  const customer = input.customer;
  return {
    id,
    object: 'invoice',
    account_country: 'US',
    account_name: 'Stripe stand-in',
    account_tax_ids: null,
    amount_due: total,
    amount_overpaid: 0,
    amount_paid: 0,
    amount_remaining: total,
    amount_shipping: 0,
    application: null,
    attempt_count: 0,
    attempted: false,
    auto_advance: true,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null, provider: null, status: null },
    automatically_finalizes_at: null,
    billing_reason: input.billingReason,
    collection_method: 'charge_automatically',
    created: input.created,
    currency: input.currency,
    custom_fields: null,
    customer: customer.id,
    customer_account: null,
    customer_address: null,
    customer_email: customer.email,
    customer_name: customer.name ?? null,
    customer_phone: customer.phone ?? null,
    customer_shipping: null,
    customer_tax_exempt: 'none',
    customer_tax_ids: [],
    default_payment_method: null,
    default_source: null,
    default_tax_rates: [],
    description: null,
    discounts: [],
    due_date: null,
    effective_at: null,
    ending_balance: null,
    footer: null,
    from_invoice: null,
    hosted_invoice_url: null,
    invoice_pdf: null,
    issuer: { type: 'self' },
    last_finalization_error: null,
    latest_revision: null,
    lines: listObject(lines, `/v1/invoices/${id}/lines`),
    livemode: false,
    metadata: {},
    next_payment_attempt: null,
    number: null,
    on_behalf_of: null,
    parent: subscriptionId
      ? {
          type: 'subscription_details',
          quote_details: null,
          subscription_details: { metadata: input.subscription?.metadata ?? null, subscription: subscriptionId },
        }
      : null,
    payment_settings: { default_mandate: null, payment_method_options: null, payment_method_types: null },
    period_end: input.periodEnd,
    period_start: input.periodStart,
    post_payment_credit_notes_amount: 0,
    pre_payment_credit_notes_amount: 0,
    receipt_number: null,
    rendering: null,
    shipping_cost: null,
    shipping_details: null,
    starting_balance: 0,
    statement_descriptor: null,
    status: 'draft',
    status_transitions: { finalized_at: null, marked_uncollectible_at: null, paid_at: null, voided_at: null },
    subtotal: total,
    subtotal_excluding_tax: total,
    test_clock: null,
    total,
    total_discount_amounts: [],
    total_excluding_tax: total,
    total_pretax_credit_amounts: [],
    total_taxes: [],
    webhooks_delivered_at: null,
    // Removed from the typed shape in recent API versions but still in Stripe's example object.
    ...{ subscription: subscriptionId },
  };
}

export function buildInvoiceItem(input: {
  created: number;
  customer: string;
  subscription: string;
  subscriptionItem: string;
  price: Stripe.Price;
  amount: number;
  description: string;
  periodStart: number;
  periodEnd: number;
}): Stripe.InvoiceItem {
  return {
    id: newId('ii'),
    object: 'invoiceitem',
    amount: input.amount,
    currency: input.price.currency,
    customer: input.customer,
    customer_account: null,
    date: input.created,
    description: input.description,
    discountable: false,
    discounts: [],
    invoice: null,
    livemode: false,
    metadata: {},
    net_amount: input.amount,
    parent: {
      type: 'subscription_details',
      subscription_details: { subscription: input.subscription, subscription_item: input.subscriptionItem },
    },
    period: { start: input.periodStart, end: input.periodEnd },
    pricing: {
      type: 'price_details',
      price_details: { price: input.price.id, product: input.price.product as string },
      unit_amount_decimal: decimal(input.amount),
    },
    proration: true,
    quantity: 1,
    quantity_decimal: decimal(1),
    tax_rates: [],
    test_clock: null,
  };
}

/** The account's default portal configuration: every feature on, as a new Stripe account's portal. */
export const DEFAULT_PORTAL_CONFIGURATION = 'bpc_standin_default';

export function buildPortalSession(input: {
  created: number;
  publicUrl: string;
  customer: string;
  returnUrl: string | null;
  flowType: Stripe.BillingPortal.Session.Flow.Type | null;
  subscription: string | null;
  /** The portal configuration asked for; null for the account's default, which offers everything. */
  configuration?: string | null;
  locale?: Stripe.BillingPortal.Session.Locale | null;
}): Stripe.BillingPortal.Session {
  const id = newId('bps');
  const flow: Stripe.BillingPortal.Session.Flow | null = input.flowType
    ? {
        type: input.flowType,
        after_completion: {
          type: 'portal_homepage',
          hosted_confirmation: null,
          redirect: null,
        },
        customer_update: null,
        subscription_cancel:
          input.flowType === 'subscription_cancel' && input.subscription
            ? { retention: null, subscription: input.subscription }
            : null,
        subscription_pause: null,
        subscription_update:
          input.flowType === 'subscription_update' && input.subscription ? { subscription: input.subscription } : null,
        subscription_update_confirm: null,
      }
    : null;
  return {
    id,
    object: 'billing_portal.session',
    configuration: input.configuration ?? DEFAULT_PORTAL_CONFIGURATION,
    created: input.created,
    customer: input.customer,
    customer_account: null,
    flow,
    livemode: false,
    locale: input.locale ?? null,
    on_behalf_of: null,
    return_url: input.returnUrl,
    url: `${input.publicUrl}/p/session/${id}`,
  };
}

/** The event envelope. The SDK types events as a union keyed by `type`; the stand-in stores them generically. */
export interface StandinEvent {
  id: string;
  object: 'event';
  api_version: string;
  created: number;
  data: { object: unknown; previous_attributes?: Record<string, unknown> };
  livemode: false;
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
  type: string;
}

export function buildEvent(input: {
  created: number;
  type: string;
  object: unknown;
  previousAttributes?: Record<string, unknown>;
  pendingWebhooks: number;
  request: StandinEvent['request'];
}): StandinEvent {
  return {
    id: newId('evt'),
    object: 'event',
    api_version: API_VERSION,
    created: input.created,
    data: {
      object: structuredClone(input.object),
      ...(input.previousAttributes && { previous_attributes: structuredClone(input.previousAttributes) }),
    },
    livemode: false,
    pending_webhooks: input.pendingWebhooks,
    request: input.request,
    type: input.type,
  };
}
