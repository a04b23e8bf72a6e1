import type Stripe from 'stripe';
import { newestFirst, paginate, type Route } from './api';
import type { ProrationBehavior } from './billing';
import { invalidRequest, missingParam } from './errors';
import {
  isParams,
  mergeMetadata,
  readBool,
  readEnum,
  readInt,
  readList,
  readObject,
  readString,
  readStringList,
  requireString,
  type Params,
} from './form';
import {
  buildCheckoutLineItem,
  buildCheckoutSession,
  buildPortalSession,
  buildPrice,
  buildProduct,
  type Interval,
  type LineItemInput,
} from './objects';
import type { Store } from './store';

/** The languages Stripe's hosted Checkout and billing portal are offered in (their `locale`). */
const STRIPE_LOCALES = [
  'auto',
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'en-GB',
  'es',
  'es-419',
  'et',
  'fi',
  'fil',
  'fr',
  'fr-CA',
  'hr',
  'hu',
  'id',
  'it',
  'ja',
  'ko',
  'lt',
  'lv',
  'ms',
  'mt',
  'nb',
  'nl',
  'pl',
  'pt',
  'pt-BR',
  'ro',
  'ru',
  'sk',
  'sl',
  'sv',
  'th',
  'tr',
  'vi',
  'zh',
  'zh-HK',
  'zh-TW',
] as const;

/** Checkout and portal sessions, subscriptions, invoices and events. */

function readUrl(params: Params, key: string): string | null {
  const value = readString(params, key);
  if (!value) return null;
  // `{CHECKOUT_SESSION_ID}` is a placeholder, not part of a URL's syntax.
  if (!URL.canParse(value.replace('{CHECKOUT_SESSION_ID}', 'x')))
    throw invalidRequest('Not a valid URL', key, 'url_invalid');
  return value;
}

type CheckoutMode = 'subscription' | 'payment';
const INTERVALS: readonly Interval[] = ['day', 'week', 'month', 'year'];

/**
 * A line item's price: an existing one by id, or `price_data`, from which Stripe makes a new,
 * inactive Price (and Product, from `product_data`) that only this session uses.
 */
function readLinePrice(store: Store, entry: Params, label: string): Stripe.Price {
  const priceId = readString(entry, 'price');
  if (priceId) {
    const price = store.get('prices', priceId, 'price', `${label}[price]`);
    if (!price.active) throw invalidRequest(`The price specified (${priceId}) is inactive.`, `${label}[price]`);
    return price;
  }
  const data = readObject(entry, 'price_data', `${label}[price_data]`);
  if (!data) throw invalidRequest(`You must specify either \`price\` or \`price_data\` in ${label}.`, label);
  const currency = requireString(data, 'currency', `${label}[price_data][currency]`).toLowerCase();
  const unitAmount = readInt(data, 'unit_amount', `${label}[price_data][unit_amount]`);
  if (unitAmount === undefined) throw missingParam(`${label}[price_data][unit_amount]`);
  if (unitAmount < 0)
    throw invalidRequest('This value must be greater than or equal to 0.', `${label}[price_data][unit_amount]`);
  const productData = readObject(data, 'product_data', `${label}[price_data][product_data]`);
  let productId = readString(data, 'product');
  if (productId) store.get('products', productId, 'product', `${label}[price_data][product]`);
  else {
    if (!productData) throw missingParam(`${label}[price_data][product_data]`);
    const product = buildProduct({
      created: store.now(),
      name: requireString(productData, 'name', `${label}[price_data][product_data][name]`),
      description: readString(productData, 'description') ?? null,
      active: false,
      metadata: mergeMetadata({}, productData),
    });
    store.state.products[product.id] = product;
    productId = product.id;
  }
  const recurring = readObject(data, 'recurring', `${label}[price_data][recurring]`);
  const price = buildPrice({
    created: store.now(),
    product: productId,
    currency,
    unitAmount,
    interval: recurring
      ? (readEnum(recurring, 'interval', INTERVALS, `${label}[price_data][recurring][interval]`) ?? null)
      : null,
    intervalCount: (recurring && readInt(recurring, 'interval_count')) || 1,
    lookupKey: null,
    nickname: null,
    active: false,
    metadata: {},
  });
  store.state.prices[price.id] = price;
  return price;
}

function readLineItems(store: Store, params: Params, mode: CheckoutMode): LineItemInput[] {
  const list = readList(params, 'line_items');
  if (!list || list.length === 0) throw missingParam('line_items');
  return list.map((entry, i) => {
    const label = `line_items[${i}]`;
    if (!isParams(entry)) throw invalidRequest(`Invalid ${label}: must be an object`, label);
    const price = readLinePrice(store, entry, label);
    if (mode === 'subscription' && !price.recurring) {
      throw invalidRequest(
        `The price ${price.id} is not recurring; subscription mode needs a recurring price.`,
        `${label}[price]`,
      );
    }
    if (mode === 'payment' && price.recurring) {
      throw invalidRequest(
        'You specified `payment` mode but passed a recurring price. Either switch to `subscription` mode or use only one-time prices.',
        `${label}[price]`,
      );
    }
    const quantity = readInt(entry, 'quantity', `${label}[quantity]`) ?? 1;
    if (quantity < 1) throw invalidRequest('Invalid quantity: must be at least 1', `${label}[quantity]`);
    return { price: price.id, quantity };
  });
}

function checkoutLineItems(store: Store, session: Stripe.Checkout.Session, params: Params) {
  const items = (store.state.checkoutExtras[session.id]?.lineItems ?? []).map(({ price: priceId, quantity }) => {
    const price = store.get('prices', priceId, 'price');
    return buildCheckoutLineItem(price, quantity, store.state.products[price.product as string]?.name ?? '');
  });
  return paginate(items, params, `/v1/checkout/sessions/${session.id}/line_items`);
}

/** Stripe's smallest charge in US dollars; a session that totals less is refused. */
const MINIMUM_CHARGE_CENTS = 50;

const SUBSCRIPTION_STATUSES = [
  'active',
  'past_due',
  'unpaid',
  'canceled',
  'incomplete',
  'incomplete_expired',
  'trialing',
  'paused',
  'all',
  'ended',
] as const;

function statusMatches(status: Stripe.Subscription.Status, filter: (typeof SUBSCRIPTION_STATUSES)[number] | undefined) {
  const ended = status === 'canceled' || status === 'incomplete_expired';
  if (filter === undefined) return !ended;
  if (filter === 'all') return true;
  if (filter === 'ended') return ended;
  return status === filter;
}

const PAUSE_BEHAVIORS = ['keep_as_draft', 'mark_uncollectible', 'void'] as const;

/** `pause_collection`: an object to pause, '' to resume (undefined when not sent). */
function readPauseCollection(params: Params, now: number): Stripe.Subscription.PauseCollection | null | undefined {
  if (params.pause_collection === undefined) return undefined;
  if (params.pause_collection === '') return null;
  const pause = readObject(params, 'pause_collection');
  if (!pause) return undefined;
  const behavior = readEnum(pause, 'behavior', PAUSE_BEHAVIORS, 'pause_collection[behavior]');
  if (!behavior) throw missingParam('pause_collection[behavior]');
  const resumesAt = readInt(pause, 'resumes_at', 'pause_collection[resumes_at]') ?? null;
  if (resumesAt !== null && resumesAt <= now)
    throw invalidRequest(
      'Invalid pause_collection[resumes_at]: the time must be in the future.',
      'pause_collection[resumes_at]',
    );
  return { behavior, resumes_at: resumesAt };
}

const CANCELLATION_FEEDBACK = [
  'customer_service',
  'low_quality',
  'missing_features',
  'other',
  'switched_service',
  'too_complex',
  'too_expensive',
  'unused',
] as const;

/** `cancellation_details[comment|feedback]`; '' unsets either. */
function readCancellationDetails(params: Params) {
  const details = readObject(params, 'cancellation_details');
  if (!details) return undefined;
  const comment = readString(details, 'comment', 'cancellation_details[comment]');
  if (comment && comment.length > 5000)
    throw invalidRequest(
      'Invalid cancellation_details[comment]: must be at most 5000 characters',
      'cancellation_details[comment]',
    );
  const feedback =
    details.feedback === ''
      ? null
      : readEnum(details, 'feedback', CANCELLATION_FEEDBACK, 'cancellation_details[feedback]');
  return {
    ...(comment !== undefined && { comment: comment || null }),
    ...(feedback !== undefined && { feedback }),
  };
}

export const billingRoutes: Route[] = [
  {
    method: 'POST',
    path: '/v1/checkout/sessions',
    handle: ({ params }, { store, publicUrl }) => {
      const mode = requireString(params, 'mode');
      if (mode !== 'subscription' && mode !== 'payment')
        throw invalidRequest(
          'The Stripe stand-in supports Checkout in mode=subscription or mode=payment only.',
          'mode',
        );
      const submitType = readEnum(params, 'submit_type', ['auto', 'book', 'donate', 'pay', 'subscribe']) ?? null;
      if (submitType && mode !== 'payment' && !(mode === 'subscription' && ['auto', 'subscribe'].includes(submitType)))
        throw invalidRequest(`\`submit_type\` cannot be \`${submitType}\` in \`${mode}\` mode.`, 'submit_type');
      const customerId = readString(params, 'customer') || null;
      const customer = customerId ? store.get('customers', customerId, 'customer', 'customer') : null;
      const customerEmail = readString(params, 'customer_email') || null;
      if (customer && customerEmail) {
        throw invalidRequest(
          'You may only specify one of these parameters: customer, customer_email.',
          'customer_email',
        );
      }
      const lineItems = readLineItems(store, params, mode);
      const prices = lineItems.map(({ price }) => store.get('prices', price, 'price'));
      const currency = prices[0]!.currency;
      if (prices.some((price) => price.currency !== currency)) {
        throw invalidRequest('All prices in a Checkout Session must be in the same currency.', 'line_items');
      }
      const subscriptionData = readObject(params, 'subscription_data');
      if (subscriptionData && mode === 'payment')
        throw invalidRequest('You can not pass `subscription_data` in `payment` mode.', 'subscription_data');
      const paymentIntentData = readObject(params, 'payment_intent_data');
      if (paymentIntentData && mode !== 'payment')
        throw invalidRequest(`You can not pass \`payment_intent_data\` in \`${mode}\` mode.`, 'payment_intent_data');
      const amount = lineItems.reduce((sum, item, i) => sum + (prices[i]!.unit_amount ?? 0) * item.quantity, 0);
      if (mode === 'payment' && amount < MINIMUM_CHARGE_CENTS) {
        throw invalidRequest(
          `The Checkout Session's total amount due must add up to at least $0.50 ${currency}`,
          'line_items',
          'amount_too_small',
        );
      }
      const session = buildCheckoutSession({
        mode,
        submitType,
        created: store.now(),
        publicUrl,
        customer: customer?.id ?? null,
        customerEmail,
        clientReferenceId: readString(params, 'client_reference_id') || null,
        currency,
        amount,
        successUrl: readUrl(params, 'success_url'),
        cancelUrl: readUrl(params, 'cancel_url'),
        metadata: mergeMetadata({}, params),
        locale: readEnum(params, 'locale', STRIPE_LOCALES) ?? null,
      });
      store.state.checkoutSessions[session.id] = session;
      store.state.checkoutExtras[session.id] = {
        lineItems,
        subscriptionMetadata: subscriptionData ? mergeMetadata({}, subscriptionData) : {},
        ...(paymentIntentData ? { paymentIntentMetadata: mergeMetadata({}, paymentIntentData) } : {}),
      };
      return session;
    },
  },
  {
    method: 'GET',
    path: '/v1/checkout/sessions/:id',
    handle: ({ id, params }, { store }) => {
      const session = store.get('checkoutSessions', id, 'checkout.session');
      const expand = readStringList(params, 'expand') ?? [];
      return expand.includes('line_items')
        ? { ...session, line_items: checkoutLineItems(store, session, {}) }
        : session;
    },
  },
  {
    method: 'GET',
    path: '/v1/checkout/sessions/:id/line_items',
    handle: ({ id, params }, { store }) =>
      checkoutLineItems(store, store.get('checkoutSessions', id, 'checkout.session'), params),
  },
  {
    method: 'POST',
    path: '/v1/checkout/sessions/:id/expire',
    handle: ({ id }, { store }) => {
      const session = store.get('checkoutSessions', id, 'checkout.session');
      if (session.status !== 'open') {
        throw invalidRequest(
          'Only Checkout Sessions with a status in ["open"] can be expired.',
          undefined,
          'checkout_session_not_open',
        );
      }
      session.status = 'expired';
      session.url = null;
      store.emit('checkout.session.expired', session);
      return session;
    },
  },
  {
    method: 'GET',
    path: '/v1/checkout/sessions',
    handle: ({ params }, { store }) => {
      const customer = readString(params, 'customer');
      const subscription = readString(params, 'subscription');
      const status = readString(params, 'status');
      const sessions = newestFirst(store.state.checkoutSessions).filter(
        (session) =>
          (!customer || session.customer === customer) &&
          (!subscription || session.subscription === subscription) &&
          (!status || session.status === status),
      );
      return paginate(sessions, params, '/v1/checkout/sessions');
    },
  },
  {
    method: 'GET',
    path: '/v1/payment_intents/:id',
    handle: ({ id }, { store }) => store.get('paymentIntents', id, 'payment_intent', 'intent'),
  },
  {
    method: 'GET',
    path: '/v1/subscriptions/:id',
    handle: ({ id }, { store }) => store.present(store.get('subscriptions', id, 'subscription')),
  },
  {
    method: 'GET',
    path: '/v1/subscriptions',
    handle: ({ params }, { store }) => {
      const customer = readString(params, 'customer');
      const price = readString(params, 'price');
      const status = readEnum(params, 'status', SUBSCRIPTION_STATUSES);
      const subscriptions = newestFirst(store.state.subscriptions)
        .filter(
          (subscription) =>
            (!customer || subscription.customer === customer) &&
            (!price || subscription.items.data.some((item) => item.price.id === price)) &&
            statusMatches(subscription.status, status),
        )
        .map((subscription) => store.present(subscription));
      return paginate(subscriptions, params, '/v1/subscriptions');
    },
  },
  {
    method: 'POST',
    path: '/v1/subscriptions/:id',
    handle: ({ id, params }, { store, billing }) => {
      const subscription = store.get('subscriptions', id, 'subscription');
      const behavior = readEnum<ProrationBehavior>(params, 'proration_behavior', [
        'create_prorations',
        'none',
        'always_invoice',
      ]);
      const items = readList(params, 'items') ?? [];
      // Check every parameter before changing anything, so a bad call changes nothing.
      const changes = items.map((entry, i) => {
        const label = `items[${i}]`;
        if (!isParams(entry)) throw invalidRequest(`Invalid ${label}: must be an object`, label);
        const itemId = readString(entry, 'id', `${label}[id]`);
        if (!itemId)
          throw invalidRequest('The Stripe stand-in changes existing items only: pass items[0][id].', `${label}[id]`);
        const priceId = readString(entry, 'price', `${label}[price]`);
        return { itemId, price: priceId ? store.get('prices', priceId, 'price', `${label}[price]`) : undefined };
      });
      const defaultPaymentMethod = readString(params, 'default_payment_method');
      if (defaultPaymentMethod)
        store.get('paymentMethods', defaultPaymentMethod, 'PaymentMethod', 'default_payment_method');
      const cancelAtPeriodEnd = readBool(params, 'cancel_at_period_end');
      const metadata = params.metadata !== undefined ? mergeMetadata(subscription.metadata, params) : undefined;
      const pauseCollection = readPauseCollection(params, store.now());
      const cancellationDetails = readCancellationDetails(params);

      for (const change of changes) {
        if (change.price)
          billing.changePrice(subscription, change.itemId, change.price, behavior ?? 'create_prorations');
      }
      billing.updateSubscription(subscription, {
        metadata,
        defaultPaymentMethod,
        cancelAtPeriodEnd,
        cancellationDetails,
        pauseCollection,
      });
      return store.present(subscription);
    },
  },
  {
    method: 'DELETE',
    path: '/v1/subscriptions/:id',
    handle: ({ id }, { store, billing }) => {
      const subscription = store.get('subscriptions', id, 'subscription');
      billing.cancelNow(subscription);
      return store.present(subscription);
    },
  },
  {
    method: 'GET',
    path: '/v1/invoices/:id',
    handle: ({ id }, { store }) => store.get('invoices', id, 'invoice'),
  },
  {
    method: 'GET',
    path: '/v1/invoices/:id/lines',
    handle: ({ id, params }, { store }) => {
      const invoice = store.get('invoices', id, 'invoice');
      return paginate(invoice.lines.data, params, invoice.lines.url);
    },
  },
  {
    method: 'GET',
    path: '/v1/invoices',
    handle: ({ params }, { store, billing }) => {
      const customer = readString(params, 'customer');
      const subscription = readString(params, 'subscription');
      const status = readString(params, 'status');
      const bySubscription = subscription ? new Set(billing.invoicesOf(subscription)) : null;
      const invoices = newestFirst(store.state.invoices).filter(
        (invoice) =>
          (!customer || invoice.customer === customer) &&
          (!bySubscription || bySubscription.has(invoice)) &&
          (!status || invoice.status === status),
      );
      return paginate(invoices, params, '/v1/invoices');
    },
  },
  {
    method: 'GET',
    path: '/v1/invoiceitems/:id',
    handle: ({ id }, { store }) => store.get('invoiceItems', id, 'invoiceitem'),
  },
  {
    method: 'GET',
    path: '/v1/invoiceitems',
    handle: ({ params }, { store }) => {
      const customer = readString(params, 'customer');
      const pending = readBool(params, 'pending');
      const items = newestFirst(store.state.invoiceItems).filter(
        (item) =>
          (!customer || item.customer === customer) && (pending === undefined || (item.invoice === null) === pending),
      );
      return paginate(items, params, '/v1/invoiceitems');
    },
  },
  {
    method: 'POST',
    path: '/v1/billing_portal/sessions',
    handle: ({ params }, { store, publicUrl }) => {
      const customer = store.get('customers', requireString(params, 'customer'), 'customer', 'customer');
      const configuration = readString(params, 'configuration');
      if (configuration)
        store.get('portalConfigurations', configuration, 'billing_portal.configuration', 'configuration');
      const flowData = readObject(params, 'flow_data');
      const flowType = flowData
        ? readEnum<Stripe.BillingPortal.Session.Flow.Type>(
            flowData,
            'type',
            ['payment_method_update', 'subscription_cancel', 'subscription_update', 'subscription_update_confirm'],
            'flow_data[type]',
          )
        : undefined;
      if (flowData && !flowType) throw missingParam('flow_data[type]');
      const flowSubscription =
        flowData && flowType && flowType !== 'payment_method_update' ? readObject(flowData, flowType) : undefined;
      const subscription = flowSubscription ? readString(flowSubscription, 'subscription') : undefined;
      if (subscription)
        store.get('subscriptions', subscription, 'subscription', `flow_data[${flowType}][subscription]`);
      const afterCompletion = flowData ? readObject(flowData, 'after_completion') : undefined;
      const redirect = afterCompletion ? readObject(afterCompletion, 'redirect') : undefined;
      const redirectUrl = redirect ? readUrl(redirect, 'return_url') : null;

      const session = buildPortalSession({
        created: store.now(),
        publicUrl,
        customer: customer.id,
        returnUrl: readUrl(params, 'return_url'),
        flowType: flowType ?? null,
        subscription: subscription ?? null,
        configuration: configuration ?? null,
        locale: readEnum(params, 'locale', STRIPE_LOCALES) ?? null,
      });
      if (session.flow && redirectUrl) {
        session.flow.after_completion = {
          type: 'redirect',
          redirect: { return_url: redirectUrl },
          hosted_confirmation: null,
        };
      }
      store.state.portalSessions[session.id] = session;
      return session;
    },
  },
  {
    method: 'GET',
    path: '/v1/events/:id',
    handle: ({ id }, { store }) => store.get('events', id, 'event'),
  },
  {
    method: 'GET',
    path: '/v1/events',
    handle: ({ params }, { store }) => {
      const types = [
        ...(readStringList(params, 'types') ?? []),
        ...[readString(params, 'type')].filter((t) => !!t),
      ] as string[];
      // `customer.*` matches every customer event, as on Stripe.
      const matches = (type: string) =>
        types.some((wanted) => (wanted.endsWith('*') ? type.startsWith(wanted.slice(0, -1)) : type === wanted));
      const events = newestFirst(store.state.events).filter((event) => types.length === 0 || matches(event.type));
      return paginate(events, params, '/v1/events');
    },
  },
];
