import type Stripe from 'stripe';
import { newestFirst, paginate, type Route } from './api';
import { invalidRequest } from './errors';
import {
  isParams,
  mergeMetadata,
  readBool,
  readList,
  readObject,
  readString,
  requireString,
  type Params,
} from './form';
import { newId } from './ids';
import type { Store } from './store';

/**
 * Billing portal configurations: which features the hosted portal offers. The app makes one
 * that keeps the card form, invoices and plan changes and leaves cancelling out, since members
 * cancel on the site, where they are asked why first. Only the features the portal page honours
 * are read; the rest keep Stripe's shape with their defaults.
 */

type Features = Stripe.BillingPortal.Configuration.Features;

function readProducts(
  store: Store,
  update: Params,
): Stripe.BillingPortal.Configuration.Features.SubscriptionUpdate.Product[] {
  return (readList(update, 'products', 'features[subscription_update][products]') ?? []).map((entry, i) => {
    const label = `features[subscription_update][products][${i}]`;
    if (!isParams(entry)) throw invalidRequest(`Invalid ${label}: must be an object`, label);
    const product = requireString(entry, 'product', `${label}[product]`);
    store.get('products', product, 'product', `${label}[product]`);
    const prices = (readList(entry, 'prices', `${label}[prices]`) ?? []).map((price, j) => {
      if (typeof price !== 'string') throw invalidRequest(`Invalid ${label}[prices][${j}]`, `${label}[prices][${j}]`);
      const found = store.get('prices', price, 'price', `${label}[prices][${j}]`);
      if (found.product !== product)
        throw invalidRequest(`The price ${price} does not belong to the product ${product}.`, `${label}[prices][${j}]`);
      return price;
    });
    return { product, prices, adjustable_quantity: { enabled: false, maximum: null, minimum: 1 } };
  });
}

function readFeatures(store: Store, params: Params, before?: Features): Features {
  const features = readObject(params, 'features') ?? {};
  const enabled = (name: string, fallback: boolean) => {
    const feature = readObject(features, name, `features[${name}]`);
    return (feature && readBool(feature, 'enabled', `features[${name}][enabled]`)) ?? fallback;
  };
  const update = readObject(features, 'subscription_update', 'features[subscription_update]');
  const updateEnabled = enabled('subscription_update', before?.subscription_update.enabled ?? false);
  const products =
    update?.products !== undefined ? readProducts(store, update) : (before?.subscription_update.products ?? []);
  if (updateEnabled && !products.length)
    throw invalidRequest(
      'You must specify at least one product in `features[subscription_update][products]` to enable subscription updates.',
      'features[subscription_update][products]',
    );
  return {
    customer_update: { enabled: enabled('customer_update', false), allowed_updates: [] },
    invoice_history: { enabled: enabled('invoice_history', before?.invoice_history.enabled ?? false) },
    payment_method_update: {
      enabled: enabled('payment_method_update', before?.payment_method_update.enabled ?? false),
      payment_method_configuration: null,
    },
    subscription_cancel: {
      enabled: enabled('subscription_cancel', before?.subscription_cancel.enabled ?? false),
      mode: 'at_period_end',
      proration_behavior: 'none',
      cancellation_reason: { enabled: false, options: [] },
    },
    subscription_pause: { enabled: false },
    subscription_update: {
      enabled: updateEnabled,
      default_allowed_updates: updateEnabled ? ['price'] : [],
      products,
      proration_behavior: 'create_prorations',
      billing_cycle_anchor: null,
      schedule_at_period_end: { conditions: [] },
      trial_update_behavior: 'continue_trial',
    },
  } as unknown as Features;
}

export const portalConfigurationRoutes: Route[] = [
  {
    method: 'POST',
    path: '/v1/billing_portal/configurations',
    handle: ({ params }, { store }) => {
      const now = store.now();
      const configuration = {
        id: newId('bpc'),
        object: 'billing_portal.configuration',
        active: true,
        application: null,
        business_profile: {
          headline: readString(readObject(params, 'business_profile') ?? {}, 'headline') ?? null,
          privacy_policy_url: null,
          terms_of_service_url: null,
        },
        created: now,
        default_return_url: readString(params, 'default_return_url') ?? null,
        features: readFeatures(store, params),
        is_default: false,
        livemode: false,
        login_page: { enabled: false, url: null },
        metadata: mergeMetadata({}, params),
        name: readString(params, 'name') ?? null,
        updated: now,
      } as Stripe.BillingPortal.Configuration;
      store.state.portalConfigurations[configuration.id] = configuration;
      return configuration;
    },
  },
  {
    method: 'POST',
    path: '/v1/billing_portal/configurations/:id',
    handle: ({ id, params }, { store }) => {
      const configuration = store.get('portalConfigurations', id, 'billing_portal.configuration');
      configuration.features = readFeatures(store, params, configuration.features);
      const active = readBool(params, 'active');
      if (active !== undefined) configuration.active = active;
      configuration.metadata = mergeMetadata(configuration.metadata ?? {}, params);
      configuration.updated = store.now();
      return configuration;
    },
  },
  {
    method: 'GET',
    path: '/v1/billing_portal/configurations/:id',
    handle: ({ id }, { store }) => store.get('portalConfigurations', id, 'billing_portal.configuration'),
  },
  {
    method: 'GET',
    path: '/v1/billing_portal/configurations',
    handle: ({ params }, { store }) => {
      const active = readBool(params, 'active');
      const found = newestFirst(store.state.portalConfigurations).filter(
        (configuration) => active === undefined || configuration.active === active,
      );
      return paginate(found, params, '/v1/billing_portal/configurations');
    },
  },
];
