import { describe, expect, it } from 'vitest';
import { otherEditions, storyAlternates } from './alternates';

describe('a story’s hreflang alternates', () => {
  it('name every version, itself included, and the English one as x-default, from either side', () => {
    const en = { language: 'en' as const, slug: 'middle-corridor-trade-route' };
    const ru = { language: 'ru' as const, slug: 'srednij-koridor-uzkie-mesta' };
    const expected = {
      en: '/articles/middle-corridor-trade-route',
      ru: '/ru/articles/srednij-koridor-uzkie-mesta',
      'x-default': '/articles/middle-corridor-trade-route',
    };
    expect(storyAlternates(en, [ru])).toEqual(expected);
    expect(storyAlternates(ru, [en])).toEqual(expected);
  });

  it('are none for a story in one language only', () => {
    expect(storyAlternates({ language: 'ru', slug: 'reka-bez-dna' }, [])).toEqual({});
  });

  it('lead from one edition to the others', () => {
    expect(otherEditions('en')).toEqual(['ru']);
    expect(otherEditions('ru')).toEqual(['en']);
  });
});
