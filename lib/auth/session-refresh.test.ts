import { describe, expect, it } from 'vitest';
import { editionOf } from '@/lib/i18n/paths';
import { refreshesSession } from '@/proxy';

describe('where the proxy pushes the session cookie out', () => {
  it('is personal and staff pages only', () => {
    for (const path of [
      '/',
      '/articles/a-story',
      '/sections/news/page/2',
      '/search',
      '/account',
      '/account/saved',
      '/membership',
      '/give/membership',
      '/gift/AbCdEfGhIjKlMnOpQrStUvWx',
      '/membership/ask',
      '/admin',
      '/admin/articles/3',
      '/preview/articles/3',
      '/newsletters',
      '/newsletters/the-daily-brief',
      '/newsletters/the-daily-brief/2026-11-23-anniversary-week',
      // The Russian edition's pages are personal in the same way.
      '/ru',
      '/ru/articles/istoriya',
      '/ru/sections/news/page/2',
      '/ru/search',
      '/ru/account',
      '/ru/membership',
    ]) {
      expect(refreshesSession(path), path).toBe(true);
    }
  });

  it('is never a public answer a shared cache may keep', () => {
    for (const path of [
      '/rss.xml',
      '/sections/news/rss.xml',
      '/sitemap.xml',
      '/robots.txt',
      '/articles/a-story/opengraph-image',
      '/articles/a-story/twitter-image',
      '/favicon.ico',
      '/icon.svg',
      '/some/new/public/route.json',
      // The steps of signing up and leaving are the same for everyone: no signed-in variant.
      '/newsletters/subscribe',
      '/newsletters/check-email',
      '/newsletters/confirm',
      '/newsletters/unsubscribe',
      '/newsletters/unsubscribe/weekly/token',
      '/ru/rss.xml',
      '/ru/sections/news/rss.xml',
      '/ru/articles/istoriya/opengraph-image',
      '/ru/newsletters/confirm',
      // Not an edition: /rus is no prefix, and /ru is not a prefix of the newsroom's own pages.
      '/rus/articles/x',
      '/ru/admin',
    ]) {
      expect(refreshesSession(path), path).toBe(false);
    }
  });
});

describe('which edition a path is in', () => {
  it('reads the prefix of an edition that has one, and leaves the default edition at the root', () => {
    expect(editionOf('/ru')).toEqual({ edition: 'ru', path: '/' });
    expect(editionOf('/ru/')).toEqual({ edition: 'ru', path: '/' });
    expect(editionOf('/ru/articles/x')).toEqual({ edition: 'ru', path: '/articles/x' });
    expect(editionOf('/articles/x')).toEqual({ edition: 'en', path: '/articles/x' });
    expect(editionOf('/')).toEqual({ edition: 'en', path: '/' });
    expect(editionOf('/rush/x')).toEqual({ edition: 'en', path: '/rush/x' });
  });
});
