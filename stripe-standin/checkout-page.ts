import type Stripe from 'stripe';
import { CARD_MESSAGES, readCard, readEmail, type Card, type FieldErrors } from './cards';
import {
  beginAuthentication,
  businessName,
  productNameOf,
  takeAuthentication,
  type HostedContext,
  type PageRequest,
  type PageResponse,
} from './hosted';
import { authenticationPage, checkoutPage, messagePage, money, type CardFormValues } from './pages';

/** The hosted Checkout page at /c/pay/:id: card form, test-card outcomes, 3-D Secure step. */
export function checkoutPages(context: HostedContext) {
  const { store, billing } = context;

  const business = (session: Stripe.Checkout.Session) => businessName(store, session.success_url, session.cancel_url);

  const form = (
    session: Stripe.Checkout.Session,
    values: CardFormValues,
    errors: FieldErrors,
    message?: string,
    status = 200,
  ): PageResponse => {
    const lines = (store.state.checkoutExtras[session.id]?.lineItems ?? []).flatMap(({ price: priceId, quantity }) => {
      const price = store.state.prices[priceId];
      return price ? [{ name: productNameOf(store, price), price, quantity }] : [];
    });
    return { status, html: checkoutPage({ session, business: business(session), lines, values, errors, message }) };
  };

  const complete = (
    session: Stripe.Checkout.Session,
    card: Card,
    details: { email: string; name: string },
  ): PageResponse => {
    if (session.mode === 'payment') billing.completePayment(session, card, details);
    else billing.completeCheckout(session, card, details);
    if (!session.success_url) {
      return {
        status: 200,
        html: messagePage({
          title:
            session.submit_type === 'donate'
              ? 'Thanks for your donation'
              : session.mode === 'payment'
                ? 'Thanks for your payment'
                : 'Thanks for subscribing',
          message: 'Your payment was successful.',
          business: business(session),
        }),
      };
    }
    return { redirect: session.success_url.replaceAll('{CHECKOUT_SESSION_ID}', session.id) };
  };

  /** A session that can no longer be paid says so instead of charging twice. */
  const closed = (session: Stripe.Checkout.Session): PageResponse | null => {
    if (session.status === 'complete') {
      const link = session.success_url
        ? { href: session.success_url.replaceAll('{CHECKOUT_SESSION_ID}', session.id), label: 'Continue' }
        : null;
      return {
        status: 200,
        html: messagePage({
          title: 'Payment complete',
          message: 'This Checkout Session has already been paid.',
          business: business(session),
          link,
        }),
      };
    }
    if (session.status === 'expired') {
      const link = session.cancel_url ? { href: session.cancel_url, label: '← Back' } : null;
      return {
        status: 410,
        html: messagePage({
          title: 'Session expired',
          message: 'This Checkout Session has expired.',
          business: business(session),
          link,
        }),
      };
    }
    return null;
  };

  return (request: PageRequest): PageResponse => {
    const [id = '', action] = request.segments;
    const session = store.state.checkoutSessions[id];
    if (!session) {
      return {
        status: 404,
        html: messagePage({
          title: 'Page not found',
          message: 'No Checkout Session has this address.',
          business: businessName(store),
        }),
      };
    }
    const done = closed(session);
    if (done) return done;

    if (request.method === 'GET' && !action) {
      const customer = session.customer ? store.state.customers[session.customer as string] : undefined;
      return form(session, { email: customer?.email ?? session.customer_email ?? '' }, {});
    }

    if (request.method === 'POST' && action === 'authenticate') {
      const pending = takeAuthentication(context, request.form.token, session.id);
      if (!pending) return form(session, {}, {}, 'The authentication has expired. Please enter your card again.', 400);
      if (request.form.outcome !== 'complete') {
        return form(
          session,
          { email: pending.email, billingName: pending.name },
          {},
          CARD_MESSAGES.authentication_failed,
          402,
        );
      }
      return complete(session, pending.card, { email: pending.email, name: pending.name });
    }

    if (request.method === 'POST' && !action) {
      const values: CardFormValues = {
        // An address the session was created with is not the reader's to change here.
        email: session.customer_email ?? request.form.email,
        cardNumber: request.form.cardNumber,
        cardExpiry: request.form.cardExpiry,
        cardCvc: request.form.cardCvc,
        billingName: request.form.billingName,
      };
      const { card, errors } = readCard(values, store.now());
      const email = readEmail(values.email);
      if (email.error) errors.email = email.error;
      if (!card || Object.keys(errors).length > 0) return form(session, values, errors, undefined, 400);
      const name = (values.billingName ?? '').trim();
      switch (card.outcome) {
        case 'declined':
        case 'insufficient_funds':
          return form(session, values, {}, CARD_MESSAGES[card.outcome], 402);
        case 'requires_authentication': {
          const token = beginAuthentication(context, { target: session.id, card, email: email.email, name });
          const amount = money(session.amount_total ?? 0, session.currency ?? 'usd');
          return {
            status: 200,
            html: authenticationPage({
              action: `/c/pay/${session.id}/authenticate`,
              token,
              last4: card.last4,
              amount,
              business: business(session),
            }),
          };
        }
        default:
          return complete(session, card, { email: email.email, name });
      }
    }
    return {
      status: 405,
      html: messagePage({
        title: 'Not allowed',
        message: 'This page does not accept that request.',
        business: business(session),
      }),
    };
  };
}
