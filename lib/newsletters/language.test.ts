import { describe, expect, it } from 'vitest';
import { byEdition, confirmationLanguage, editionSignUpOffer, languageOf } from './language';

// As listNewsletters() orders them: free before members', by name.
const weekly = { slug: 'ridgeline-weekly', language: 'en', audience: 'everyone' };
const nedelya = { slug: 'nedelya-na-kavkaze', language: 'ru', audience: 'everyone' };
const brief = { slug: 'the-daily-brief', language: 'en', audience: 'members' };
const all = [weekly, nedelya, brief];
const slugs = (list: { slug: string }[]) => list.map((n) => n.slug);

describe('which newsletters an edition offers first', () => {
  it('lists the English edition’s English newsletters first, then the Russian one', () => {
    const { own, others } = byEdition(all, 'en');
    expect(slugs(own)).toEqual(['ridgeline-weekly', 'the-daily-brief']);
    expect(slugs(others)).toEqual(['nedelya-na-kavkaze']);
  });

  it('lists the Russian edition’s Russian newsletter first, then the English ones, keeping their order', () => {
    const { own, others } = byEdition(all, 'ru');
    expect(slugs(own)).toEqual(['nedelya-na-kavkaze']);
    expect(slugs(others)).toEqual(['ridgeline-weekly', 'the-daily-brief']);
  });

  it('hides none: every newsletter is in one list or the other', () => {
    for (const locale of ['en', 'ru'] as const) {
      const { own, others } = byEdition(all, locale);
      expect([...own, ...others].sort((a, b) => a.slug.localeCompare(b.slug))).toEqual(
        [...all].sort((a, b) => a.slug.localeCompare(b.slug)),
      );
    }
  });

  it('offers in an edition’s sign-up box only the free newsletters in its language', () => {
    expect(slugs(editionSignUpOffer(all, 'en'))).toEqual(['ridgeline-weekly']);
    expect(slugs(editionSignUpOffer(all, 'ru'))).toEqual(['nedelya-na-kavkaze']);
    expect(editionSignUpOffer([brief], 'en')).toEqual([]);
    expect(editionSignUpOffer([weekly], 'ru')).toEqual([]);
  });

  it('takes a language the newsroom has no edition for as the default one', () => {
    expect(languageOf({ language: 'hy' })).toBe('en');
    expect(slugs(byEdition([{ slug: 'x', language: 'hy' }], 'en').own)).toEqual(['x']);
  });
});

describe('the language of a confirmation mail', () => {
  it('is the newsletters’ own when they share one, whichever edition the form was on', () => {
    expect(confirmationLanguage([nedelya], 'ru')).toBe('ru');
    expect(confirmationLanguage([nedelya], 'en')).toBe('ru');
    expect(confirmationLanguage([weekly], 'ru')).toBe('en');
    expect(confirmationLanguage([weekly, brief], 'ru')).toBe('en');
  });

  it('is the edition the reader signed up from when the newsletters are in several languages', () => {
    expect(confirmationLanguage([weekly, nedelya], 'ru')).toBe('ru');
    expect(confirmationLanguage([nedelya, weekly], 'en')).toBe('en');
    expect(confirmationLanguage([], 'ru')).toBe('ru');
  });
});
