import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { Membership } from '@/db/schema';
import type { Locale } from '@/domain/i18n/locales';
import type { Entitlement } from '@/domain/membership/entitlement';
import { PAUSED_WITHOUT_END } from '@/domain/membership/leaving';

vi.mock('@/features/account/membership-actions', () => ({
  keepMembershipAction: vi.fn(),
  resumeMembershipAction: vi.fn(),
  pauseMembershipAction: vi.fn(),
}));
vi.mock('@/features/checkout/actions', () => ({ openPortalAction: vi.fn() }));
vi.mock('@/lib/newsroom', () => ({ getNewsroom: () => ({ timeZone: 'UTC', name: 'Ridgeline' }) }));

const { MembershipCard } = await import('./membership-card');

const now = new Date('2026-12-03T12:00:00Z');
const membership = {
  id: 'sub_1',
  userId: 'u_1',
  stripeCustomerId: 'cus_1',
  status: 'active',
  tier: 'member',
  priceId: 'price_1',
  amount: 1000,
  currency: 'usd',
  interval: 'month',
  currentPeriodEnd: new Date('2026-12-20T00:00:00Z'),
  cancelAtPeriodEnd: false,
  endedAt: null,
  pastDueSince: null,
  attributionArticle: null,
  attributionPlacement: null,
  flaggedDuplicateAt: null,
  pausedUntil: null,
  cancellationReason: null,
  cancellationFeedback: null,
} as unknown as Membership;

const render = (
  overrides: Partial<Membership>,
  { locale = 'en', entitlement, problem }: { locale?: Locale; entitlement?: Entitlement; problem?: string } = {},
) =>
  renderToStaticMarkup(
    createElement(MembershipCard, {
      membership: { ...membership, ...overrides },
      entitlement: entitlement ?? { isMember: false, reason: 'paused', resumesAt: overrides.pausedUntil ?? now },
      problem,
      now,
      locale,
    }),
  )
    // Text only, with React's separators between text parts gone, as a reader sees it.
    .replace(/<!-- -->/g, '');

const card = (overrides: Partial<Membership>) => render(overrides);
const active: Entitlement = { isMember: true, reason: 'active' };

describe('the membership card of a paused member', () => {
  it('says the day billing starts again for a pause with a date', () => {
    const html = card({ pausedUntil: new Date('2027-01-03T00:00:00Z') });
    expect(html).toContain('Paused until 3 January 2027.');
    expect(html).toContain('Resume now');
  });

  it('says it is paused until they resume, not a day in the year 275760, for a pause set in Stripe with no date', () => {
    const html = card({ pausedUntil: PAUSED_WITHOUT_END });
    expect(html).toContain('Paused until you resume it.');
    expect(html).not.toMatch(/275760|September/);
    expect(html).toContain('Resume now');
    const ending = card({ pausedUntil: PAUSED_WITHOUT_END, cancelAtPeriodEnd: true });
    expect(ending).toContain('It is paused, and nothing more will be charged.');
    expect(ending).not.toContain('275760');
  });
});

describe('the membership card in English', () => {
  it('says what is paid, when it renews, and offers a pause by month', () => {
    const html = render({}, { entitlement: active });
    expect(html).toContain('<strong>Member</strong>: $10 a month');
    expect(html).toContain('Next renewal on 20 December 2026.');
    expect(html).toContain('<legend>Need a break? Pause instead of cancelling</legend>');
    expect(html).toContain('1 month<span class="pause-form__until">until 3 January 2027</span>');
    expect(html).toContain('3 months<span class="pause-form__until">until 3 March 2027</span>');
    expect(html).toContain('href="/account/cancel"');
    expect(html).toContain('Cancel membership…');
    expect(html).toContain('<input type="hidden" name="locale" value="en"/>');
  });

  it('says when a failed payment’s grace ends', () => {
    const html = render(
      { status: 'past_due' },
      { entitlement: { isMember: true, reason: 'grace', graceEndsAt: new Date('2026-12-08T00:00:00Z') } },
    );
    expect(html).toContain(
      'Your last payment failed. Please update your card to keep your membership; your benefits continue until 8 December 2026. <a href="/account/billing/card">Update your card</a>',
    );
  });
});

describe('the membership card in Russian', () => {
  const ru = (overrides: Partial<Membership>, entitlement: Entitlement = active) =>
    render(overrides, { locale: 'ru', entitlement });

  it('renews, with the tier, the price and the dates in Russian, and links within the edition', () => {
    const html = ru({});
    expect(html).toContain('<strong>Участник</strong>: 10\u00a0$ в месяц');
    expect(html).toContain('Следующее продление — 20 декабря 2026 г.');
    expect(html).toContain('Нужен перерыв? Приостановите участие вместо отмены');
    expect(html).toContain('1 месяц<span class="pause-form__until">до 3 января 2027 г.</span>');
    expect(html).toContain('2 месяца<span class="pause-form__until">до 3 февраля 2027 г.</span>');
    expect(html).toContain('3 месяца<span class="pause-form__until">до 3 марта 2027 г.</span>');
    expect(html).toContain('Приостановить участие');
    expect(html).toContain('href="/ru/account/cancel"');
    expect(html).toContain('href="/ru/account/saved"');
    expect(html).toContain('Карта и счета');
    expect(html).toContain('<input type="hidden" name="locale" value="ru"/>');
    expect(html).not.toMatch(/Next renewal|a month|Pause membership|\$10/);
  });

  it('is paused until a Russian date, or until resumed', () => {
    const until = new Date('2027-01-03T00:00:00Z');
    const paused = ru({ pausedUntil: until }, { isMember: false, reason: 'paused', resumesAt: until });
    expect(paused).toContain('Участие приостановлено до 3 января 2027 г.');
    expect(paused).toContain('Оплата возобновится сама 3 января 2027 г.');
    expect(paused).toContain('Возобновить сейчас');
    expect(paused).not.toContain('Приостановить участие');
    const open = ru(
      { pausedUntil: PAUSED_WITHOUT_END },
      { isMember: false, reason: 'paused', resumesAt: PAUSED_WITHOUT_END },
    );
    expect(open).toContain('Участие приостановлено, пока вы его не возобновите.');
    expect(open).not.toContain('275760');
  });

  it('is ending on a Russian date, with a way to stay', () => {
    const html = ru({ cancelAtPeriodEnd: true });
    expect(html).toContain('Ваше участие закончится 20 декабря 2026 г.');
    expect(html).toContain('До этого дня вам доступны все материалы, и больше ничего списано не будет. Передумали?');
    expect(html).toContain('Остаться участником');
    expect(html).not.toContain('Отменить участие…');
  });

  it('is past due, with the grace in Russian and the card link in the edition', () => {
    const html = ru(
      { status: 'past_due' },
      { isMember: true, reason: 'grace', graceEndsAt: new Date('2026-12-08T00:00:00Z') },
    );
    expect(html).toContain('Последний платёж не прошёл.');
    expect(html).toContain('до 8 декабря 2026 г. все возможности участника за вами сохраняются.');
    expect(html).toContain('<a href="/ru/account/billing/card">Обновить карту</a>');
  });

  it('names a yearly plan of the reader’s own amount, and says an outage in Russian', () => {
    const html = render(
      { tier: 'custom', amount: 750, interval: 'year' },
      { locale: 'ru', entitlement: active, problem: 'unreachable' },
    );
    expect(html).toContain('<strong>Своя сумма</strong>: 7,50\u00a0$ в год');
    expect(html).toContain('Не удалось связаться с платёжной системой');
    // A yearly membership is paid ahead: nothing to pause.
    expect(html).not.toContain('pause-form');
  });
});
