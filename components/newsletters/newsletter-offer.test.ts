import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { anonymousViewer } from '@/domain/auth/viewer';
import { AudienceSentence, newsletterMeta, NewsletterOffer } from './newsletter-offer';

const nedelya = {
  slug: 'nedelya-na-kavkaze',
  name: 'Неделя на Кавказе',
  audience: 'everyone' as const,
  language: 'ru',
  schedule: { days: ['sat' as const], time: '10:00' },
};
const brief = {
  slug: 'the-daily-brief',
  name: 'The Daily Brief',
  audience: 'members' as const,
  language: 'en',
  schedule: { days: ['mon' as const, 'tue' as const, 'wed' as const, 'thu' as const, 'fri' as const], time: '07:00' },
};

const offer = (newsletter: typeof nedelya | typeof brief, locale: 'en' | 'ru', from: string) =>
  renderToStaticMarkup(
    createElement(NewsletterOffer, { newsletter, viewer: anonymousViewer, status: null, from, locale }),
  );

describe('a newsletter’s offer in the page’s language', () => {
  it('gives the Russian edition’s form Russian words and names its edition, whose pages answer', () => {
    const html = offer(nedelya, 'ru', '/ru/newsletters');
    expect(html).toContain('<label for="newsletter-nedelya-na-kavkaze-email">Электронная почта</label>');
    expect(html).toContain('>Подписаться</button>');
    expect(html).toContain('<input type="hidden" name="locale" value="ru"/>');
    expect(html).toContain('<input type="hidden" name="from" value="/ru/newsletters"/>');
    expect(html).toContain('<input type="hidden" name="newsletter" value="nedelya-na-kavkaze"/>');
    expect(html).not.toMatch(/Sign up|Your email|Leave this empty/);
  });

  it('keeps the English form’s words, and names the default edition', () => {
    const html = offer(nedelya, 'en', '/newsletters');
    expect(html).toContain('>Your email</label>');
    expect(html).toContain('>Sign up</button>');
    expect(html).toContain('<input type="hidden" name="locale" value="en"/>');
  });

  it('sends a non-member to the Russian edition’s membership and sign-in for a members’ newsletter', () => {
    const html = offer(brief, 'ru', '/ru/newsletters');
    expect(html).toContain('Для участников');
    expect(html).toContain('href="/ru/membership"');
    expect(html).toContain('Вы уже участник? <a href="/ru/signin?callbackUrl=%2Fru%2Fnewsletters"');
    expect(html).not.toContain('Become a member');
  });

  it('says when and for whom in the page’s language, and names another language', () => {
    expect(newsletterMeta(nedelya, 'ru')).toBe('По субботам в 10:00 · Бесплатно');
    expect(newsletterMeta(nedelya, 'en')).toBe('Saturdays at 10:00 · Free · In Russian');
    expect(newsletterMeta(brief, 'ru')).toBe('По будням в 07:00 · Для участников · На английском');
    expect(newsletterMeta(brief, 'en')).toBe('Weekdays at 07:00 · For members');
    expect(renderToStaticMarkup(createElement(AudienceSentence, { audience: 'members', locale: 'en' }))).toBe(
      '<p class="newsletter-entry__audience"><span class="newsletter-entry__label">Who it’s for:</span> members. It comes with every membership, and only members receive it.</p>',
    );
    expect(renderToStaticMarkup(createElement(AudienceSentence, { audience: 'everyone', locale: 'ru' }))).toContain(
      'Для кого:</span> для всех читателей, участник вы или нет.',
    );
  });
});
