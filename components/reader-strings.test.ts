import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { formatNewsroomTime } from '@/domain/articles/newsroom-time';
import type { Locale } from '@/domain/i18n/locales';
import { CUSTOM_MAXIMUM, CUSTOM_MINIMUM, parseChoice, TIERS } from '@/domain/membership/tiers';
import { formatter, translator } from '@/lib/i18n/messages';
import { Byline } from './byline';
import { CampaignBanner } from './campaign-banner';
import { Kicker } from './kicker';
import { PaywallPanel } from './paywall-panel';
import { SearchForm } from './search-form';
import { Pagination } from './ui/pagination';

const authors = [
  { slug: 'ani', name: 'Ani Hovhannisyan', photoUrl: null, role: '' },
  { slug: 'levan', name: 'Levan Kiknadze', photoUrl: null, role: '' },
  { slug: 'aysel', name: 'Aysel Mammadova', photoUrl: null, role: '' },
];
const publishedAt = new Date('2026-11-12T10:05:00Z');

const byline = (locale: Locale) =>
  renderToStaticMarkup(createElement(Byline, { authors, publishedAt, updatedAt: null, locale }));

describe('the reader site’s pieces in each language', () => {
  it('write the English byline as before: "By A, B and C", published in the newsroom’s time', () => {
    const html = byline('en');
    expect(html).toContain(
      '<p class="byline__names">By <span><a href="/authors/ani">Ani Hovhannisyan</a></span>' +
        '<span>, <a href="/authors/levan">Levan Kiknadze</a></span>' +
        '<span> and <a href="/authors/aysel">Aysel Mammadova</a></span></p>',
    );
    expect(html).toContain('<span>Published <time dateTime="2026-11-12T10:05:00.000Z">12 November 2026');
  });

  it('write the Russian byline with Russian links, «и» and a Russian date', () => {
    const html = byline('ru');
    expect(html).toContain('Авторы: <span><a href="/ru/authors/ani">');
    expect(html).toContain('<span> и <a href="/ru/authors/aysel">');
    expect(html).toContain('Опубликовано <time dateTime="2026-11-12T10:05:00.000Z">12 ноября 2026 г.');
  });

  it('label members-only stories in each language', () => {
    const kicker = (locale: Locale, membersFirst: boolean) =>
      renderToStaticMarkup(createElement(Kicker, { region: null, access: 'members', membersFirst, locale }));
    expect(kicker('en', false)).toBe('<p class="kicker"><span class="kicker__members">Members</span></p>');
    expect(kicker('en', true)).toBe('<p class="kicker"><span class="kicker__members">Members first</span></p>');
    expect(kicker('ru', false)).toBe('<p class="kicker"><span class="kicker__members">Для участников</span></p>');
  });

  it('count the campaign goal with the right Russian form', () => {
    const goal = (goalMembers: number, locale: Locale) =>
      renderToStaticMarkup(
        createElement(CampaignBanner, {
          banner: { body: 'Join us.', buttonLabel: 'Join' },
          campaign: { goalMembers, endsOn: '2026-12-31' },
          locale,
        }),
      );
    expect(goal(5000, 'en')).toContain('Our goal: <strong>5,000 members</strong> by 31 December 2026.');
    expect(goal(5000, 'ru')).toContain('Наша цель — <strong>5\u00a0000 участников</strong> к 31 декабря 2026 г.<');
    expect(goal(2, 'ru')).toContain('<strong>2 участника</strong>');
    expect(goal(21, 'ru')).toContain('<strong>21 участник</strong>');
  });

  it('send a Russian reader to sign in and back within the Russian edition', () => {
    const html = renderToStaticMarkup(
      createElement(PaywallPanel, { benefits: ['Audio'], articleSlug: 'x', locale: 'ru' }),
    );
    expect(html).toContain(
      '<a class="button button--primary" href="/ru/membership?placement=paywall&amp;from=x">Стать участником</a>',
    );
    expect(html).toContain('Вы уже участник? <a href="/ru/signin?callbackUrl=%2Fru%2Farticles%2Fx">Войти</a>');
  });

  it('search within the edition', () => {
    expect(renderToStaticMarkup(createElement(SearchForm, { locale: 'ru' }))).toContain('action="/ru/search"');
    expect(renderToStaticMarkup(createElement(SearchForm, {}))).toContain(
      '<label for="search" class="search-form__label">Search Ridgeline</label>',
    );
  });
});

describe('the membership pages and pagination in each language', () => {
  const strong = (chunks: React.ReactNode) => createElement('strong', null, chunks);
  const span = (chunks: React.ReactNode) => createElement('span', null, chunks);
  const markup = (node: React.ReactNode) => renderToStaticMarkup(createElement('p', null, node));

  it('number the pages in English as before, and in Russian within the edition', () => {
    const pages = (locale?: Locale) =>
      renderToStaticMarkup(
        createElement(Pagination, { basePath: '/ru/sections/news', page: 2, pageCount: 3, ...(locale && { locale }) }),
      );
    expect(pages()).toBe(
      '<nav class="pagination" aria-label="Pages"><a href="/ru/sections/news" rel="prev">← Newer</a>' +
        '<span class="pagination__where">Page 2 of 3</span>' +
        '<a href="/ru/sections/news/page/3" rel="next">Older →</a></nav>',
    );
    expect(pages('ru')).toBe(
      '<nav class="pagination" aria-label="Страницы"><a href="/ru/sections/news" rel="prev">← Более новые</a>' +
        '<span class="pagination__where">Страница 2 из 3</span>' +
        '<a href="/ru/sections/news/page/3" rel="next">Более ранние →</a></nav>',
    );
  });

  it('price the tiers in English word for word as before, and in Russian', () => {
    const price = (locale: Locale) =>
      markup(
        translator(locale, 'membershipPage').rich('monthlyPrice', { amount: formatter(locale).money(1000), per: span }),
      );
    expect(price('en')).toBe('<p>$10<span> a month</span></p>');
    expect(price('ru')).toBe('<p>10\u00a0$<span> в месяц</span></p>');
    const en = translator('en', 'membershipPage');
    expect(en('yearlyPrice', { amount: '$100', saving: '$20' })).toBe('or $100 a year: you save $20');
    expect(en('customAmount', { minimum: formatter('en').money(CUSTOM_MINIMUM) })).toBe(
      'Or choose your own amount, monthly (at least $3)',
    );
    const tiers = (locale: Locale) =>
      TIERS.map((tier) => {
        const t = translator(locale, 'membershipTiers');
        return [t(`${tier.key}.name`), t(`${tier.key}.blurb`), t(`${tier.key}.become`)];
      });
    expect(tiers('en')).toEqual(TIERS.map((tier) => [tier.name, tier.blurb, `Become a ${tier.name.toLowerCase()}`]));
    expect(tiers('ru').map(([, , become]) => become)).toEqual([
      'Стать сторонником',
      'Стать участником',
      'Стать меценатом',
    ]);
  });

  it('count towards the campaign goal: bare numbers in English as before, Russian forms after «из»', () => {
    const goal = (locale: Locale, members: number, goalMembers: number) =>
      markup(
        translator(locale, 'membershipPage').rich('goal', {
          members,
          goal: goalMembers,
          day: formatter(locale).day('2026-12-31'),
          strong,
        }),
      );
    expect(goal('en', 1234, 5000)).toBe('<p><strong>1234</strong> of 5000 members by 31 December 2026</p>');
    expect(goal('ru', 1234, 5000)).toBe(
      '<p><strong>1\u00a0234</strong> из 5\u00a0000 участников к 31 декабря 2026 г.</p>',
    );
    expect(goal('ru', 3, 21)).toContain('из 21 участника к');
  });

  it('name the chosen membership and refuse a bad choice in parseChoice’s English words', () => {
    const t = translator('en', 'membershipJoin');
    const money = formatter('en').money;
    expect(t('title', { name: 'Member', amount: money(1000), interval: 'month' })).toBe('Member: $10 a month');
    expect(t('title', { name: 'Patron', amount: money(25000), interval: 'year' })).toBe('Patron: $250 a year');
    const refusal = (input: Record<string, string>) => {
      const choice = parseChoice(input);
      return 'error' in choice ? choice.error : null;
    };
    const amounts = { minimum: money(CUSTOM_MINIMUM), maximum: money(CUSTOM_MAXIMUM) };
    expect(t('noTier', amounts)).toBe(refusal({ tier: 'gold' }));
    expect(t('tooLittle', amounts)).toBe(refusal({ tier: 'custom', amount: '1' }));
    expect(t('tooMuch', amounts)).toBe(refusal({ tier: 'custom', amount: '5000' }));
    expect(
      translator('ru', 'membershipJoin')('title', { name: 'Своя сумма', amount: '15\u00a0$', interval: 'month' }),
    ).toBe('Своя сумма: 15\u00a0$ в месяц');
  });

  it('tell readers when a members-first story opens: the newsroom’s clock in English as before, Russian in Russian', () => {
    const opensAt = new Date('2026-12-24T05:00:00Z');
    const en = translator('en', 'articlePage');
    const when = formatNewsroomTime(opensAt, 'Asia/Tbilisi');
    expect(en('membersFirstHeading', { opensAt: when })).toBe(
      'Members read this first; it opens to everyone on 24 Dec 2026, 09:00 (Tbilisi time)',
    );
    expect(en('membersFirstNote', { opensAt: when })).toBe(
      'Members first: opens to everyone on 24 Dec 2026, 09:00 (Tbilisi time).',
    );
    expect(
      translator('en', 'feed')('membersFirst', {
        heading: en('membersFirstHeading', { opensAt: when }),
        name: 'Ridgeline',
      }),
    ).toBe(
      'Members read this first; it opens to everyone on 24 Dec 2026, 09:00 (Tbilisi time). Members can read it now on Ridgeline.',
    );
    expect(translator('ru', 'articlePage')('membersFirstNote', { opensAt: formatter('ru').dateTime(opensAt) })).toMatch(
      /^Сначала для участников: для всех откроется 24 декабря 2026 г\. в 09:00 /,
    );
  });
});
