import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createTranslator, IntlErrorCode, type IntlError } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTime, joinNames } from '@/lib/format';
import { formatMoney } from '@/domain/membership/tiers';
import { LOCALE_CODES, LOCALES } from '@/domain/i18n/locales';
import { formatter, MESSAGES, translator } from './messages';

/** "siteHeader.search", … for every message in a file. */
function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value as object, `${prefix}${key}.`),
  );
}

describe('messages', () => {
  it('keeps each namespace in one area file, so no file silently overrides another', () => {
    for (const locale of LOCALE_CODES) {
      const dir = path.join(process.cwd(), 'messages', locale);
      const owners = new Map<string, string>();
      for (const file of readdirSync(dir)) {
        for (const namespace of Object.keys(JSON.parse(readFileSync(path.join(dir, file), 'utf8')))) {
          expect(owners.get(namespace), `${locale}: ${namespace} in ${file}`).toBeUndefined();
          owners.set(namespace, file);
        }
      }
      expect(owners.size).toBe(Object.keys(MESSAGES[locale]).length);
    }
  });

  it('has exactly the same keys in English and Russian', () => {
    expect(keysOf(MESSAGES.ru).sort()).toEqual(keysOf(MESSAGES.en).sort());
  });

  it('parses every message in every language as ICU', () => {
    for (const locale of LOCALE_CODES) {
      // Formatting without values fails for messages with arguments; only a parse failure counts.
      const invalid: string[] = [];
      const t = createTranslator({
        locale: LOCALES[locale].tag,
        messages: MESSAGES[locale],
        onError: (error: IntlError) => {
          if (error.code === IntlErrorCode.INVALID_MESSAGE) invalid.push(error.message);
        },
      });
      const keys = keysOf(MESSAGES[locale]);
      for (const key of keys) t.markup(key as never);
      expect(invalid, locale).toEqual([]);
      expect(keys.length).toBeGreaterThan(50);
    }
  });

  it('counts stories in Russian with the one, few and many forms', () => {
    const t = translator('ru', 'listings');
    const counts = [1, 2, 3, 5, 11, 21, 22, 25].map((count) => t('storyCount', { count }));
    expect(counts).toEqual([
      '1 статья',
      '2 статьи',
      '3 статьи',
      '5 статей',
      '11 статей',
      '21 статья',
      '22 статьи',
      '25 статей',
    ]);
  });

  it('counts stories in English as before', () => {
    const t = translator('en', 'listings');
    expect([0, 1, 2, 24].map((count) => t('storyCount', { count }))).toEqual([
      '0 stories',
      '1 story',
      '2 stories',
      '24 stories',
    ]);
    expect(t('tagLede', { count: 1, name: 'elections' })).toBe('1 story tagged “elections”.');
  });

  it('fills the rich messages’ tags', () => {
    const t = translator('en', 'paywall');
    expect(t.markup('alreadyMember', { signIn: (chunks) => `<a>${chunks}</a>` })).toBe(
      'Already a member? <a>Sign in</a>',
    );
  });

  it('hands back the same translator for the same locale and namespace', () => {
    expect(translator('ru', 'listings')).toBe(translator('ru', 'listings'));
    expect(translator('en', 'listings')).not.toBe(translator('ru', 'listings'));
  });
});

describe('formatter', () => {
  const moment = new Date('2026-11-12T10:05:00Z');

  it('formats English dates, times, lists and money exactly as lib/format.ts and formatMoney do', () => {
    const en = formatter('en');
    expect(en.date(moment)).toBe('12 November 2026');
    expect(en.date(moment)).toBe(formatDate(moment));
    expect(en.dateTime(moment)).toBe(formatDateTime(moment));
    expect(en.time(moment)).toBe(formatTime(moment));
    expect(en.day('2026-12-31')).toBe('31 December 2026');
    for (const names of [['Ani'], ['Ani', 'Levan'], ['Ani', 'Levan', 'Aysel']])
      expect(en.list(names)).toBe(joinNames(names));
    expect(en.listSeparators(3)).toEqual(['', ', ', ' and ']);
    for (const cents of [500, 750, 120000]) expect(en.money(cents)).toBe(formatMoney(cents));
    expect(en.number(12345)).toBe('12,345');
  });

  it('formats Russian dates and numbers in ru-RU', () => {
    const ru = formatter('ru');
    expect(ru.date(moment)).toBe('12 ноября 2026 г.');
    expect(ru.day('2026-12-31')).toBe('31 декабря 2026 г.');
    expect(ru.listSeparators(3)).toEqual(['', ', ', ' и ']);
    expect(ru.number(12345)).toBe('12\u00a0345');
    expect(ru.money(750)).toBe('7,50\u00a0$');
  });

  it('counts a campaign goal in Russian', () => {
    const t = translator('ru', 'campaignBanner');
    expect(t.markup('goal', { count: 5000, day: '31 декабря 2026 г.', strong: (chunks) => `*${chunks}*` })).toBe(
      'Наша цель — *5\u00a0000 участников* к 31 декабря 2026 г.',
    );
  });
});
