import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Locale } from '@/domain/i18n/locales';
import { Byline } from './byline';
import { CampaignBanner } from './campaign-banner';
import { Kicker } from './kicker';
import { PaywallPanel } from './paywall-panel';
import { SearchForm } from './search-form';

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
