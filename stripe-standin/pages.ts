import type Stripe from 'stripe';
import type { FieldErrors } from './cards';

/**
 * Server-rendered HTML for the hosted pages. Plain forms that work without JavaScript, labels on
 * every field, errors tied to their inputs, and a small stylesheet in Stripe's manner.
 */

/** Attributes are always double-quoted, so apostrophes in text can stay as they are. */
export function esc(text: string | number | null | undefined): string {
  return String(text ?? '').replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function money(amount: number, currency: string): string {
  const sign = amount < 0 ? '−' : '';
  const formatted = new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(
    Math.abs(amount) / 100,
  );
  return `${sign}${formatted}`;
}

export function interval(price: Stripe.Price): string {
  const recurring = price.recurring;
  if (!recurring) return '';
  return recurring.interval_count === 1
    ? `per ${recurring.interval}`
    : `every ${recurring.interval_count} ${recurring.interval}s`;
}

export function day(at: number): string {
  return new Date(at * 1000).toLocaleDateString('en-US', {
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

const STYLE = `
*{box-sizing:border-box}
body{margin:0;background:#f6f9fc;color:#1a1f36;font:15px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Ubuntu,sans-serif}
a{color:#635bff}
a:focus-visible,button:focus-visible,input:focus-visible,summary:focus-visible{outline:2px solid #635bff;outline-offset:2px}
.top{display:flex;align-items:center;gap:12px;max-width:920px;margin:0 auto;padding:24px 20px 0}
.top a{color:#4f566b;text-decoration:none;font-weight:500}
.business{font-weight:600}
.badge{background:#ffde92;color:#a04d00;border-radius:4px;padding:1px 6px;font-size:11px;font-weight:700;letter-spacing:.04em;text-transform:uppercase}
main{display:grid;gap:32px;max-width:920px;margin:0 auto;padding:24px 20px 48px}
@media(min-width:760px){main.split{grid-template-columns:1fr 1fr;align-items:start}}
.card{background:#fff;border-radius:8px;box-shadow:0 0 0 1px rgba(50,50,93,.06),0 2px 5px rgba(50,50,93,.1),0 1px 1px rgba(0,0,0,.07);padding:28px}
h1{font-size:20px;margin:0 0 4px;font-weight:600}
h2{font-size:16px;margin:0 0 12px;font-weight:600}
.muted{color:#697386}
.amount{font-size:36px;font-weight:600;letter-spacing:-.02em;margin:8px 0 0}
.amount small{font-size:15px;font-weight:400;color:#697386;letter-spacing:0}
label{display:block;font-size:13px;font-weight:500;color:#3c4257;margin:16px 0 6px}
input{width:100%;font:inherit;padding:9px 12px;border:1px solid #e0e6eb;border-radius:6px;box-shadow:0 1px 1px rgba(0,0,0,.03)}
input[aria-invalid=true]{border-color:#df1b41}
.row{display:grid;grid-template-columns:1fr 1fr;gap:12px}
.field-error{color:#df1b41;font-size:13px;margin:4px 0 0}
.alert{background:#fff1f1;color:#a41c4e;border-radius:6px;padding:10px 12px;margin:0 0 8px}
.notice{background:#efffed;color:#0e6245;border-radius:6px;padding:10px 12px;margin:0 0 8px}
button,.button{display:inline-block;font:inherit;font-weight:600;border:0;border-radius:6px;padding:10px 16px;cursor:pointer;text-decoration:none;text-align:center}
.primary{background:#635bff;color:#fff}
.wide{width:100%;margin-top:24px;padding:12px}
.secondary{background:#fff;color:#1a1f36;box-shadow:0 0 0 1px #e0e6eb}
.danger{background:#fff;color:#df1b41;box-shadow:0 0 0 1px #e0e6eb}
.actions{display:flex;flex-wrap:wrap;gap:8px;margin-top:16px}
.actions form{margin:0}
.status{display:inline-block;border-radius:4px;padding:0 6px;font-size:12px;font-weight:600;background:#e3e8ee;color:#3c4257}
.status.active,.status.paid{background:#d7f7c2;color:#05690d}
.status.past_due,.status.open,.status.unpaid{background:#fcedb9;color:#a04d00}
table{width:100%;border-collapse:collapse}
th,td{text-align:left;padding:8px 0;border-bottom:1px solid #e3e8ee;font-size:14px}
th{color:#697386;font-weight:500}
.plan{display:flex;justify-content:space-between;align-items:center;gap:12px;padding:12px 0;border-top:1px solid #e3e8ee}
.plan button{white-space:nowrap}
details{margin-top:20px;font-size:13px;color:#697386}
.card section+section{margin-top:28px}
.plan p{margin:4px 0 0}
`;

export function layout(input: {
  title: string;
  business: string;
  back?: { href: string; label: string } | null;
  body: string;
  split?: boolean;
  /** The `locale` the session was opened with: the stand-in's words stay English, but it says which. */
  locale?: string | null;
}): string {
  const back = input.back ? `<a href="${esc(input.back.href)}">${esc(input.back.label)}</a>` : '';
  // "← Return to <site>" already names the business.
  const business = input.back?.label.includes(input.business)
    ? ''
    : `<span class="business">${esc(input.business)}</span>`;
  return `<!doctype html>
<html lang="en"${input.locale ? ` data-stripe-locale="${esc(input.locale)}"` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(input.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="top">${back}${business}<span class="badge">Test mode</span></header>
<main class="${input.split ? 'split' : ''}">
${input.body}
</main>
</body>
</html>`;
}

function field(input: {
  name: string;
  label: string;
  value?: string;
  errors: FieldErrors;
  type?: string;
  autocomplete: string;
  placeholder?: string;
  inputmode?: string;
  readonly?: boolean;
}): string {
  const error = input.errors[input.name as keyof FieldErrors];
  const errorId = `${input.name}-error`;
  return `<label for="${input.name}">${esc(input.label)}</label>
<input id="${input.name}" name="${input.name}" type="${input.type ?? 'text'}" autocomplete="${input.autocomplete}"${
    input.inputmode ? ` inputmode="${input.inputmode}"` : ''
  }${input.placeholder ? ` placeholder="${esc(input.placeholder)}"` : ''} value="${esc(input.value)}"${
    input.readonly ? ' readonly' : ''
  }${error ? ` aria-invalid="true" aria-describedby="${errorId}"` : ''}>
${error ? `<p class="field-error" id="${errorId}">${esc(error)}</p>` : ''}`;
}

export interface CardFormValues {
  email?: string;
  cardNumber?: string;
  cardExpiry?: string;
  cardCvc?: string;
  billingName?: string;
}

/**
 * The card fields shared by Checkout and the portal; `email` adds Checkout's email field, which
 * cannot be changed when the session was created with `customer_email`, as on Stripe.
 */
function cardFields(values: CardFormValues, errors: FieldErrors, email: 'none' | 'editable' | 'fixed'): string {
  return `${email === 'none' ? '' : field({ name: 'email', label: 'Email', type: 'email', autocomplete: 'email', value: values.email, errors, readonly: email === 'fixed' })}
${field({ name: 'cardNumber', label: 'Card number', autocomplete: 'cc-number', inputmode: 'numeric', placeholder: '1234 1234 1234 1234', value: values.cardNumber, errors })}
<div class="row"><div>
${field({ name: 'cardExpiry', label: 'Expiration', autocomplete: 'cc-exp', inputmode: 'numeric', placeholder: 'MM / YY', value: values.cardExpiry, errors })}
</div><div>
${field({ name: 'cardCvc', label: 'CVC', autocomplete: 'cc-csc', inputmode: 'numeric', placeholder: 'CVC', value: values.cardCvc, errors })}
</div></div>
${field({ name: 'billingName', label: 'Name on card', autocomplete: 'cc-name', value: values.billingName, errors })}`;
}

const TEST_CARD_HINT = `<details><summary>Test cards</summary>
<p>4242 4242 4242 4242 pays · 4000 0000 0000 0002 is declined · 4000 0000 0000 9995 has no funds ·
4000 0000 0000 0341 pays now, fails at renewal · 4000 0027 6000 3184 asks for authentication.
Any future expiry, any CVC.</p></details>`;

function alert(message: string | undefined): string {
  return message ? `<div class="alert" role="alert">${esc(message)}</div>` : '';
}

export function checkoutPage(input: {
  session: Stripe.Checkout.Session;
  business: string;
  lines: { name: string; price: Stripe.Price; quantity: number }[];
  values: CardFormValues;
  errors: FieldErrors;
  message?: string;
}): string {
  const { session, lines } = input;
  const first = lines[0];
  const words = checkoutWords(session, first?.name, input.business);
  const title = words.title;
  const summary = `<section class="card" aria-labelledby="summary-title">
<h1 id="summary-title">${esc(title)}</h1>
${lines
  .map(
    (line) =>
      `<p class="amount">${esc(money((line.price.unit_amount ?? 0) * line.quantity, line.price.currency))} <small>${esc(interval(line.price))}</small></p>
<p class="muted">${esc(line.name)}${line.quantity > 1 ? ` × ${line.quantity}` : ''}</p>`,
  )
  .join('\n')}
${lines.length > 1 ? `<p>Total due today <strong>${esc(money(session.amount_total ?? 0, session.currency ?? 'usd'))}</strong></p>` : ''}
</section>`;
  const form = `<section class="card" aria-labelledby="pay-title">
<h2 id="pay-title">Pay with card</h2>
${alert(input.message)}
<form method="post" action="/c/pay/${esc(session.id)}" novalidate>
${cardFields(input.values, input.errors, session.customer_email ? 'fixed' : 'editable')}
<button class="button primary wide" type="submit">${esc(words.submit)}</button>
</form>
${TEST_CARD_HINT}
</section>`;
  return layout({
    title: `${title} · Checkout`,
    business: input.business,
    back: session.cancel_url ? { href: session.cancel_url, label: '← Back' } : null,
    body: `${summary}\n${form}`,
    split: true,
    locale: session.locale,
  });
}

/**
 * What Checkout's heading and button say: Stripe names the button by `submit_type` in payment
 * mode ("Donate", "Book", "Pay") and says "Subscribe" for a subscription.
 */
function checkoutWords(session: Stripe.Checkout.Session, productName: string | undefined, business: string) {
  if (session.mode !== 'payment')
    return { title: productName ? `Subscribe to ${productName}` : 'Subscribe', submit: 'Subscribe' };
  if (session.submit_type === 'donate') return { title: `Donate to ${business}`, submit: 'Donate' };
  if (session.submit_type === 'book') return { title: productName ?? 'Book', submit: 'Book' };
  return { title: productName ?? `Pay ${business}`, submit: 'Pay' };
}

export function authenticationPage(input: {
  action: string;
  token: string;
  last4: string;
  amount: string | null;
  business: string;
}): string {
  return layout({
    title: '3D Secure authentication',
    business: input.business,
    body: `<section class="card" aria-labelledby="auth-title">
<h1 id="auth-title">Complete authentication</h1>
<p class="muted">Your bank asks you to confirm ${input.amount ? `a payment of ${esc(input.amount)} with` : ''} the card ending in ${esc(input.last4)}. This is a test page: choose what the bank answers.</p>
<form method="post" action="${esc(input.action)}">
<input type="hidden" name="token" value="${esc(input.token)}">
<div class="actions">
<button class="button primary" type="submit" name="outcome" value="complete">Complete authentication</button>
<button class="button secondary" type="submit" name="outcome" value="fail">Fail authentication</button>
</div>
</form>
</section>`,
  });
}

export function messagePage(input: {
  title: string;
  message: string;
  business: string;
  link?: { href: string; label: string } | null;
}): string {
  return layout({
    title: input.title,
    business: input.business,
    body: `<section class="card"><h1>${esc(input.title)}</h1><p class="muted">${esc(input.message)}</p>${
      input.link ? `<p><a href="${esc(input.link.href)}">${esc(input.link.label)}</a></p>` : ''
    }</section>`,
  });
}

export interface PortalView {
  session: Stripe.BillingPortal.Session;
  business: string;
  subscription: Stripe.Subscription | null;
  price: Stripe.Price | null;
  productName: string;
  paymentMethod: Stripe.PaymentMethod | null;
  invoices: Stripe.Invoice[];
  /** What the session's portal configuration offers. */
  features: PortalFeatures;
  notice?: string;
  message?: string;
}

export interface PortalFeatures {
  cancel: boolean;
  planChange: boolean;
  /** The prices a plan change may go to; null for any active recurring price (the default portal). */
  planPrices: Set<string> | null;
}

const STATUS_LABELS: Record<string, string> = {
  active: 'Active',
  trialing: 'Trial',
  past_due: 'Past due',
  unpaid: 'Unpaid',
  canceled: 'Canceled',
  incomplete: 'Incomplete',
  incomplete_expired: 'Expired',
  paused: 'Paused',
  paid: 'Paid',
  open: 'Open',
  draft: 'Draft',
  void: 'Void',
  uncollectible: 'Uncollectible',
};

function statusBadge(status: string): string {
  return `<span class="status ${esc(status)}">${esc(STATUS_LABELS[status] ?? status)}</span>`;
}

function portalLayout(view: PortalView, title: string, body: string): string {
  const returnUrl = view.session.return_url;
  return layout({
    title: `${title} · ${view.business}`,
    business: view.business,
    back: returnUrl ? { href: returnUrl, label: `← Return to ${view.business}` } : null,
    locale: view.session.locale,
    body:
      view.notice || view.message
        ? `<div>${view.notice ? `<div class="notice" role="status">${esc(view.notice)}</div>` : ''}${alert(view.message)}</div>\n${body}`
        : body,
  });
}

function postButton(action: string, label: string, style: string, hidden: Record<string, string> = {}): string {
  const inputs = Object.entries(hidden)
    .map(([name, value]) => `<input type="hidden" name="${esc(name)}" value="${esc(value)}">`)
    .join('');
  return `<form method="post" action="${esc(action)}">${inputs}<button class="button ${style}" type="submit">${esc(label)}</button></form>`;
}

export function portalHome(view: PortalView): string {
  const base = `/p/session/${view.session.id}`;
  const { subscription, price } = view;
  let current = `<p class="muted">You have no subscription.</p>`;
  if (subscription && price) {
    const end = Math.min(...subscription.items.data.map((item) => item.current_period_end));
    const live = subscription.status !== 'canceled' && subscription.status !== 'incomplete_expired';
    const when = !live
      ? `Ended on ${day(subscription.ended_at ?? end)}`
      : subscription.cancel_at_period_end
        ? `Cancels on ${day(subscription.cancel_at ?? end)}`
        : `Renews on ${day(end)}`;
    const warning =
      subscription.status === 'past_due' || subscription.status === 'unpaid'
        ? `<p class="alert">Your last payment failed. Update your payment method to keep your subscription.</p>`
        : '';
    const actions = live
      ? `<div class="actions">
${view.features.planChange ? `<a class="button secondary" href="${base}?view=plans">Change plan</a>` : ''}
${
  subscription.cancel_at_period_end
    ? postButton(`${base}/resume`, 'Resume subscription', 'secondary')
    : view.features.cancel
      ? postButton(`${base}/cancel`, 'Cancel subscription', 'danger')
      : ''
}
</div>`
      : '';
    current = `${warning}<p><strong>${esc(view.productName)}</strong> ${statusBadge(subscription.status)}</p>
<p class="amount">${esc(money((price.unit_amount ?? 0) * (subscription.items.data[0]?.quantity ?? 1), price.currency))} <small>${esc(interval(price))}</small></p>
<p class="muted">${esc(when)}</p>
${actions}`;
  }
  const card = view.paymentMethod?.card;
  const payment = `<section aria-labelledby="pm-title"><h2 id="pm-title">Payment method</h2>
${
  card
    ? `<p>${esc(card.brand.toUpperCase())} •••• ${esc(card.last4)} <span class="muted">Expires ${esc(String(card.exp_month).padStart(2, '0'))}/${esc(card.exp_year)}</span></p>`
    : '<p class="muted">No card on file.</p>'
}
<div class="actions"><a class="button secondary" href="${base}?view=payment-method">Update payment method</a></div>
</section>`;
  const rows = view.invoices
    .map(
      (invoice) =>
        `<tr><td>${esc(day(invoice.created))}</td><td>${esc(money(invoice.total, invoice.currency))}</td><td>${statusBadge(invoice.status ?? 'draft')}</td></tr>`,
    )
    .join('\n');
  const history = `<section aria-labelledby="invoices-title"><h2 id="invoices-title">Invoice history</h2>
${view.invoices.length ? `<table><thead><tr><th scope="col">Date</th><th scope="col">Amount</th><th scope="col">Status</th></tr></thead><tbody>${rows}</tbody></table>` : '<p class="muted">No invoices yet.</p>'}
</section>`;
  return portalLayout(
    view,
    'Billing',
    `<div class="card"><section aria-labelledby="sub-title"><h1 id="sub-title">Current subscription</h1>${current}</section>
${payment}
${history}</div>`,
  );
}

export interface PlanOption {
  productName: string;
  price: Stripe.Price;
  proration: { amount: number; dueNow: boolean };
}

export function portalPlans(view: PortalView, options: PlanOption[]): string {
  const base = `/p/session/${view.session.id}`;
  const groups = new Map<string, PlanOption[]>();
  for (const option of options) groups.set(option.productName, [...(groups.get(option.productName) ?? []), option]);
  const body = [...groups.entries()]
    .map(
      ([name, group]) => `<section aria-label="${esc(name)}"><h2>${esc(name)}</h2>
${group
  .map((option) => {
    const label = `${money(option.price.unit_amount ?? 0, option.price.currency)} ${interval(option.price)}`;
    const { amount, dueNow } = option.proration;
    const prorated = dueNow
      ? `${money(Math.max(0, amount), option.price.currency)} due today; your billing period restarts today.`
      : `${amount >= 0 ? 'Prorated charge' : 'Prorated credit'} of ${money(Math.abs(amount), option.price.currency)} on your next invoice.`;
    return `<div class="plan"><div><strong>${esc(label)}</strong>${option.price.nickname ? ` <span class="muted">${esc(option.price.nickname)}</span>` : ''}
<p class="muted">${esc(prorated)}</p></div>
${postButton(`${base}/change-plan`, `Switch to ${label}`, 'secondary', { price: option.price.id })}</div>`;
  })
  .join('\n')}
</section>`,
    )
    .join('\n');
  return portalLayout(
    view,
    'Change plan',
    `<div class="card"><h1>Change plan</h1>
<p class="muted">Current plan: ${esc(view.productName)}${view.price ? `, ${esc(money(view.price.unit_amount ?? 0, view.price.currency))} ${esc(interval(view.price))}` : ''}.</p>
${body || '<p class="muted">There are no other plans to switch to.</p>'}
<p><a href="${base}">← Back</a></p></div>`,
  );
}

export function portalCardForm(view: PortalView, values: CardFormValues, errors: FieldErrors): string {
  const base = `/p/session/${view.session.id}`;
  return portalLayout(
    view,
    'Update payment method',
    `<section class="card" aria-labelledby="card-title"><h1 id="card-title">Update payment method</h1>
<form method="post" action="${base}/payment-method" novalidate>
${cardFields(values, errors, 'none')}
<button class="button primary wide" type="submit">Save card</button>
</form>
<p><a href="${base}?view=home">Cancel</a></p>
${TEST_CARD_HINT}
</section>`,
  );
}
