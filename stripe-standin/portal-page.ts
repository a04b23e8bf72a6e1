import type Stripe from 'stripe';
import { CARD_MESSAGES, readCard, type Card, type FieldErrors } from './cards';
import { StripeApiError } from './errors';
import {
  beginAuthentication,
  businessName,
  productNameOf,
  takeAuthentication,
  type HostedContext,
  type PageRequest,
  type PageResponse,
} from './hosted';
import {
  authenticationPage,
  messagePage,
  portalCardForm,
  portalHome,
  portalPlans,
  type CardFormValues,
  type PlanOption,
  type PortalFeatures,
  type PortalView,
} from './pages';

const NOTICES: Record<string, string> = {
  canceled: 'Your subscription will end at the end of the billing period.',
  resumed: 'Your subscription will renew as before.',
  'plan-changed': 'Your plan was changed.',
  'card-updated': 'Your payment method was updated.',
  'card-updated-paid': 'Your payment method was updated and your outstanding invoice was paid.',
  'card-updated-failed': 'Your payment method was updated, but your outstanding invoice could not be paid with it.',
};

const ENDED: Stripe.Subscription.Status[] = ['canceled', 'incomplete_expired'];

/** The hosted customer portal at /p/session/:id: subscription, plan change, card, invoices. */
export function portalPages(context: HostedContext) {
  const { store, billing } = context;

  /** A configuration the app made says what the portal offers; the account's default offers everything. */
  const featuresOf = (session: Stripe.BillingPortal.Session): PortalFeatures => {
    const configuration = store.state.portalConfigurations[session.configuration as string];
    if (!configuration) return { cancel: true, planChange: true, planPrices: null };
    const update = configuration.features.subscription_update;
    return {
      cancel: configuration.features.subscription_cancel.enabled,
      planChange: update.enabled,
      planPrices: new Set((update.products ?? []).flatMap((product) => product.prices)),
    };
  };

  const view = (session: Stripe.BillingPortal.Session, extra: Partial<PortalView> = {}): PortalView => {
    const customerId = session.customer;
    const subscriptions = billing.subscriptionsOf(customerId).reverse();
    const subscription =
      subscriptions.find((candidate) => !ENDED.includes(candidate.status)) ?? subscriptions[0] ?? null;
    const item = subscription?.items.data[0];
    const price = item ? (store.state.prices[item.price.id] ?? item.price) : null;
    const customer = store.state.customers[customerId];
    const paymentMethodId =
      (subscription?.default_payment_method as string | null) ??
      (customer?.invoice_settings.default_payment_method as string | null);
    return {
      session,
      business: businessName(store, session.return_url),
      subscription: subscription ? store.present(subscription) : null,
      price,
      productName: price ? productNameOf(store, price) : '',
      paymentMethod: paymentMethodId ? (store.state.paymentMethods[paymentMethodId] ?? null) : null,
      features: featuresOf(session),
      invoices: Object.values(store.state.invoices)
        .filter((invoice) => invoice.customer === customerId)
        .reverse()
        .slice(0, 12),
      ...extra,
    };
  };

  const planOptions = (current: PortalView): PlanOption[] => {
    const { subscription, price: currentPrice, features } = current;
    if (!subscription || !currentPrice || !features.planChange) return [];
    return Object.values(store.state.prices)
      .filter(
        (price) =>
          price.active &&
          price.recurring &&
          price.id !== currentPrice.id &&
          price.currency === currentPrice.currency &&
          (!features.planPrices || features.planPrices.has(price.id)) &&
          store.state.products[price.product as string]?.active !== false,
      )
      .map((price) => ({
        productName: productNameOf(store, price),
        price,
        proration: billing.prorationPreview(subscription, price),
      }))
      .sort(
        (a, b) =>
          a.productName.localeCompare(b.productName) ||
          (a.price.recurring?.interval ?? '').localeCompare(b.price.recurring?.interval ?? '') ||
          (a.price.unit_amount ?? 0) - (b.price.unit_amount ?? 0),
      );
  };

  const home = (session: Stripe.BillingPortal.Session, notice?: string) =>
    `/p/session/${session.id}?view=home${notice ? `&notice=${notice}` : ''}`;

  /** The live subscription an action applies to, from the stored objects (not a copy). */
  const liveSubscription = (session: Stripe.BillingPortal.Session): Stripe.Subscription | null =>
    billing
      .subscriptionsOf(session.customer)
      .reverse()
      .find((candidate) => !ENDED.includes(candidate.status)) ?? null;

  const saveCard = (session: Stripe.BillingPortal.Session, card: Card, name: string): PageResponse => {
    const customer = store.get('customers', session.customer, 'customer');
    const { retried } = billing.replaceCard(customer, card, name);
    const after = session.flow?.after_completion;
    if (after?.type === 'redirect' && after.redirect) return { redirect: after.redirect.return_url };
    const notice =
      retried.length === 0
        ? 'card-updated'
        : retried.every((result) => result === 'paid')
          ? 'card-updated-paid'
          : 'card-updated-failed';
    return { redirect: home(session, notice) };
  };

  const act = (session: Stripe.BillingPortal.Session, action: string, form: Record<string, string>): PageResponse => {
    const subscription = liveSubscription(session);
    if (!subscription)
      return { status: 400, html: portalHome(view(session, { message: 'You have no active subscription.' })) };
    const features = featuresOf(session);
    const refuse = (message: string) => ({ status: 400, html: portalHome(view(session, { message })) });
    if (action === 'cancel' && !features.cancel) return refuse('Cancelling is not offered here.');
    if (action !== 'cancel' && action !== 'resume') {
      if (!features.planChange) return refuse('Changing plans is not offered here.');
      if (features.planPrices && !features.planPrices.has(form.price ?? ''))
        return refuse('That plan is no longer available.');
    }
    try {
      if (action === 'cancel') billing.setCancelAtPeriodEnd(subscription, true);
      else if (action === 'resume') billing.setCancelAtPeriodEnd(subscription, false);
      else {
        const price = form.price ? store.state.prices[form.price] : undefined;
        if (!price || !price.active)
          return { status: 400, html: portalHome(view(session, { message: 'That plan is no longer available.' })) };
        billing.changePrice(subscription, undefined, price, 'create_prorations');
      }
    } catch (error) {
      if (error instanceof StripeApiError)
        return { status: 400, html: portalHome(view(session, { message: error.message })) };
      throw error;
    }
    return {
      redirect: home(session, action === 'cancel' ? 'canceled' : action === 'resume' ? 'resumed' : 'plan-changed'),
    };
  };

  const cardForm = (
    session: Stripe.BillingPortal.Session,
    values: CardFormValues,
    errors: FieldErrors,
    message?: string,
    status = 200,
  ): PageResponse => ({
    status,
    html: portalCardForm(view(session, { message }), values, errors),
  });

  return (request: PageRequest): PageResponse => {
    const [id = '', action] = request.segments;
    const session = store.state.portalSessions[id];
    if (!session) {
      return {
        status: 404,
        html: messagePage({
          title: 'Page not found',
          message: 'This portal link is not valid.',
          business: businessName(store),
        }),
      };
    }

    if (request.method === 'GET' && !action) {
      const notice = NOTICES[request.query.get('notice') ?? ''];
      const requested =
        request.query.get('view') ?? (session.flow?.type === 'payment_method_update' ? 'payment-method' : 'home');
      if (requested === 'payment-method') return cardForm(session, {}, {});
      const current = view(session, { notice });
      if (requested === 'plans') return { status: 200, html: portalPlans(current, planOptions(current)) };
      return { status: 200, html: portalHome(current) };
    }

    if (request.method === 'POST' && (action === 'cancel' || action === 'resume' || action === 'change-plan')) {
      return act(session, action, request.form);
    }

    if (request.method === 'POST' && action === 'payment-method') {
      const values: CardFormValues = {
        cardNumber: request.form.cardNumber,
        cardExpiry: request.form.cardExpiry,
        cardCvc: request.form.cardCvc,
        billingName: request.form.billingName,
      };
      const { card, errors } = readCard(values, store.now());
      if (!card) return cardForm(session, values, errors, undefined, 400);
      const name = (values.billingName ?? '').trim();
      if (card.outcome === 'declined' || card.outcome === 'insufficient_funds')
        return cardForm(session, values, {}, CARD_MESSAGES[card.outcome], 402);
      if (card.outcome === 'requires_authentication') {
        const token = beginAuthentication(context, { target: session.id, card, email: '', name });
        return {
          status: 200,
          html: authenticationPage({
            action: `/p/session/${session.id}/authenticate`,
            token,
            last4: card.last4,
            amount: null,
            business: businessName(store, session.return_url),
          }),
        };
      }
      return saveCard(session, card, name);
    }

    if (request.method === 'POST' && action === 'authenticate') {
      const pending = takeAuthentication(context, request.form.token, session.id);
      if (!pending)
        return cardForm(session, {}, {}, 'The authentication has expired. Please enter your card again.', 400);
      if (request.form.outcome !== 'complete')
        return cardForm(session, { billingName: pending.name }, {}, CARD_MESSAGES.authentication_failed, 402);
      return saveCard(session, pending.card, pending.name);
    }

    return {
      status: 405,
      html: messagePage({
        title: 'Not allowed',
        message: 'This page does not accept that request.',
        business: businessName(store),
      }),
    };
  };
}
