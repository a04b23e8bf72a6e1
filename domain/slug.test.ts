import { describe, expect, it } from 'vitest';
import { linkSlug, slugify } from './slug';

describe('slugs', () => {
  it('makes a lower-case, hyphenated ASCII slug of a headline', () => {
    expect(slugify('Talks resume in Yerevan')).toBe('talks-resume-in-yerevan');
    expect(slugify('Georgia’s “foreign agents” law: Škoda, Bakı & Şəki')).toBe(
      'georgias-foreign-agents-law-skoda-baki-saki',
    );
  });

  it('spells a headline in another edition’s script in Latin letters, never an empty slug', () => {
    expect(slugify('Средний коридор: торговый путь через Кавказ')).toBe('sredniy-koridor-torgoviy-put-cherez-kavkaz');
    expect(slugify('Гюмри после землетрясения')).toBe('gyumri-posle-zemletryaseniya');
    expect(slugify('Գյումրի')).toBe('gyumri');
    expect(slugify('თბილისი')).toBe('tbilisi');
  });

  it('takes a slug from a link only when it is lower-case letters, digits and hyphens, at most 100', () => {
    expect(linkSlug('talks-resume-in-yerevan')).toBe('talks-resume-in-yerevan');
    expect(linkSlug('end-of-article')).toBe('end-of-article');
    expect(linkSlug('a'.repeat(100))).toBe('a'.repeat(100));
    for (const bad of [
      '',
      'a'.repeat(101),
      'Talks',
      'talks resume',
      '../admin',
      'talks%2Fresume',
      undefined,
      null,
      ['talks'],
    ]) {
      expect(linkSlug(bad)).toBeNull();
    }
  });
});
