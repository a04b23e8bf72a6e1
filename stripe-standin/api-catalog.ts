import type Stripe from 'stripe';
import { newestFirst, paginate, type Route } from './api';
import { invalidRequest, missingParam } from './errors';
import {
  mergeMetadata,
  readBool,
  readEnum,
  readInt,
  readObject,
  readString,
  readStringList,
  requireString,
  type Params,
} from './form';
import { buildCustomer, buildPrice, buildProduct, type Interval } from './objects';
import type { Store } from './store';

/** Customers, products, prices and payment methods: the objects the app creates and reads. */

const nullable = (params: Params, key: string) => {
  const value = readString(params, key);
  return value === undefined ? undefined : value || null;
};

function createProduct(store: Store, params: Params, nameParam = 'name'): Stripe.Product {
  const product = buildProduct({
    created: store.now(),
    name: requireString(params, 'name', nameParam),
    description: nullable(params, 'description') ?? null,
    active: readBool(params, 'active') ?? true,
    metadata: mergeMetadata({}, params),
  });
  store.state.products[product.id] = product;
  store.emit('product.created', product);
  return product;
}

/** Lookup keys are unique; `transfer_lookup_key` moves one from the price that has it. */
function claimLookupKey(store: Store, key: string, transfer: boolean, except?: string) {
  const holder = Object.values(store.state.prices).find((price) => price.lookup_key === key && price.id !== except);
  if (!holder) return;
  if (!transfer) {
    throw invalidRequest(
      `A price (\`${holder.id}\`) already uses that lookup key.`,
      'lookup_key',
      'lookup_key_already_exists',
    );
  }
  store.update('price.updated', holder, () => {
    holder.lookup_key = null;
  });
}

function createPrice(store: Store, params: Params): Stripe.Price {
  const currency = requireString(params, 'currency').toLowerCase();
  const unitAmount = readInt(params, 'unit_amount');
  if (unitAmount === undefined) throw missingParam('unit_amount');
  if (unitAmount < 0) throw invalidRequest('Invalid unit_amount: must be greater than or equal to 0', 'unit_amount');

  let productId = readString(params, 'product');
  const productData = readObject(params, 'product_data');
  if (productId) store.get('products', productId, 'product', 'product');
  else if (productData) productId = createProduct(store, productData, 'product_data[name]').id;
  else throw missingParam('product');

  const recurring = readObject(params, 'recurring');
  const interval = recurring
    ? readEnum<Interval>(recurring, 'interval', ['day', 'week', 'month', 'year'], 'recurring[interval]')
    : undefined;
  if (recurring && !interval) throw missingParam('recurring[interval]');

  const lookupKey = nullable(params, 'lookup_key') ?? null;
  if (lookupKey) claimLookupKey(store, lookupKey, readBool(params, 'transfer_lookup_key') ?? false);

  const price = buildPrice({
    created: store.now(),
    product: productId,
    currency,
    unitAmount,
    interval: interval ?? null,
    intervalCount: (recurring && readInt(recurring, 'interval_count', 'recurring[interval_count]')) || 1,
    lookupKey,
    nickname: nullable(params, 'nickname') ?? null,
    active: readBool(params, 'active') ?? true,
    metadata: mergeMetadata({}, params),
  });
  store.state.prices[price.id] = price;
  store.emit('price.created', price);
  const product = store.state.products[productId];
  if (product && !product.default_price) product.default_price = price.id;
  return price;
}

function updateCustomer(store: Store, customer: Stripe.Customer, params: Params) {
  const settings = readObject(params, 'invoice_settings');
  const defaultPaymentMethod =
    settings && readString(settings, 'default_payment_method', 'invoice_settings[default_payment_method]');
  if (defaultPaymentMethod) {
    const paymentMethod = store.get(
      'paymentMethods',
      defaultPaymentMethod,
      'PaymentMethod',
      'invoice_settings[default_payment_method]',
    );
    if (paymentMethod.customer !== customer.id) {
      throw invalidRequest(
        `The customer does not have a payment method with the ID ${defaultPaymentMethod}.`,
        'invoice_settings[default_payment_method]',
      );
    }
  }
  store.update('customer.updated', customer, () => {
    for (const key of ['email', 'name', 'description', 'phone'] as const) {
      const value = nullable(params, key);
      if (value !== undefined) customer[key] = value;
    }
    customer.metadata = mergeMetadata(customer.metadata, params);
    if (defaultPaymentMethod) customer.invoice_settings.default_payment_method = defaultPaymentMethod;
  });
}

export const catalogRoutes: Route[] = [
  {
    method: 'POST',
    path: '/v1/customers',
    handle: ({ params }, { store }) => {
      const customer = buildCustomer({
        created: store.now(),
        email: nullable(params, 'email') ?? null,
        name: nullable(params, 'name') ?? null,
        description: nullable(params, 'description') ?? null,
        phone: nullable(params, 'phone') ?? null,
        metadata: mergeMetadata({}, params),
      });
      store.state.customers[customer.id] = customer;
      store.emit('customer.created', customer);
      return customer;
    },
  },
  {
    method: 'GET',
    path: '/v1/customers/:id',
    handle: ({ id }, { store }) => store.get('customers', id, 'customer'),
  },
  {
    method: 'POST',
    path: '/v1/customers/:id',
    handle: ({ id, params }, { store }) => {
      const customer = store.get('customers', id, 'customer');
      updateCustomer(store, customer, params);
      return customer;
    },
  },
  {
    method: 'DELETE',
    path: '/v1/customers/:id',
    handle: ({ id }, { store, billing }) => {
      const customer = store.get('customers', id, 'customer');
      // Deleting a customer ends its subscriptions at once, as on Stripe.
      for (const subscription of billing.subscriptionsOf(id)) {
        if (subscription.status !== 'canceled' && subscription.status !== 'incomplete_expired')
          billing.cancelNow(subscription);
      }
      delete store.state.customers[id];
      store.emit('customer.deleted', customer);
      return { id, object: 'customer', deleted: true };
    },
  },
  {
    method: 'GET',
    path: '/v1/customers',
    handle: ({ params }, { store }) => {
      const email = readString(params, 'email');
      const customers = newestFirst(store.state.customers).filter((customer) => !email || customer.email === email);
      return paginate(customers, params, '/v1/customers');
    },
  },
  {
    method: 'GET',
    path: '/v1/customers/:id/payment_methods',
    handle: ({ id, params }, { store }) => {
      store.get('customers', id, 'customer');
      const methods = newestFirst(store.state.paymentMethods).filter((method) => method.customer === id);
      return paginate(methods, params, `/v1/customers/${id}/payment_methods`);
    },
  },
  {
    method: 'GET',
    path: '/v1/payment_methods/:id',
    handle: ({ id }, { store }) => store.get('paymentMethods', id, 'PaymentMethod'),
  },
  {
    method: 'GET',
    path: '/v1/payment_methods',
    handle: ({ params }, { store }) => {
      const customer = readString(params, 'customer');
      const methods = newestFirst(store.state.paymentMethods).filter(
        (method) => !customer || method.customer === customer,
      );
      return paginate(methods, params, '/v1/payment_methods');
    },
  },
  {
    method: 'POST',
    path: '/v1/products',
    handle: ({ params }, { store }) => createProduct(store, params),
  },
  {
    method: 'GET',
    path: '/v1/products/:id',
    handle: ({ id }, { store }) => store.get('products', id, 'product'),
  },
  {
    method: 'POST',
    path: '/v1/products/:id',
    handle: ({ id, params }, { store }) => {
      const product = store.get('products', id, 'product');
      const name = readString(params, 'name');
      if (name === '') throw invalidRequest('You cannot unset the name of a product.', 'name');
      const defaultPrice = readString(params, 'default_price');
      if (defaultPrice) store.get('prices', defaultPrice, 'price', 'default_price');
      store.update('product.updated', product, () => {
        if (name) product.name = name;
        const description = nullable(params, 'description');
        if (description !== undefined) product.description = description;
        product.active = readBool(params, 'active') ?? product.active;
        if (defaultPrice) product.default_price = defaultPrice;
        product.metadata = mergeMetadata(product.metadata, params);
        product.updated = store.now();
      });
      return product;
    },
  },
  {
    method: 'GET',
    path: '/v1/products',
    handle: ({ params }, { store }) => {
      const active = readBool(params, 'active');
      const ids = readStringList(params, 'ids');
      const products = newestFirst(store.state.products).filter(
        (product) => (active === undefined || product.active === active) && (!ids || ids.includes(product.id)),
      );
      return paginate(products, params, '/v1/products');
    },
  },
  {
    method: 'POST',
    path: '/v1/prices',
    handle: ({ params }, { store }) => createPrice(store, params),
  },
  {
    method: 'GET',
    path: '/v1/prices/:id',
    handle: ({ id }, { store }) => store.get('prices', id, 'price'),
  },
  {
    method: 'POST',
    path: '/v1/prices/:id',
    handle: ({ id, params }, { store }) => {
      const price = store.get('prices', id, 'price');
      const lookupKey = nullable(params, 'lookup_key');
      if (lookupKey) claimLookupKey(store, lookupKey, readBool(params, 'transfer_lookup_key') ?? false, price.id);
      store.update('price.updated', price, () => {
        price.active = readBool(params, 'active') ?? price.active;
        if (lookupKey !== undefined) price.lookup_key = lookupKey;
        const nickname = nullable(params, 'nickname');
        if (nickname !== undefined) price.nickname = nickname;
        price.metadata = mergeMetadata(price.metadata, params);
      });
      return price;
    },
  },
  {
    method: 'GET',
    path: '/v1/prices',
    handle: ({ params }, { store }) => {
      const active = readBool(params, 'active');
      const product = readString(params, 'product');
      const lookupKeys = readStringList(params, 'lookup_keys');
      const type = readString(params, 'type');
      const currency = readString(params, 'currency');
      const recurring = readObject(params, 'recurring');
      const interval = recurring && readString(recurring, 'interval', 'recurring[interval]');
      const prices = newestFirst(store.state.prices).filter(
        (price) =>
          (active === undefined || price.active === active) &&
          (!product || price.product === product) &&
          (!lookupKeys || (price.lookup_key !== null && lookupKeys.includes(price.lookup_key))) &&
          (!type || price.type === type) &&
          (!currency || price.currency === currency) &&
          (!interval || price.recurring?.interval === interval),
      );
      return paginate(prices, params, '/v1/prices');
    },
  },
];
