import { describe, expect, it } from 'vitest';
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
    ]) {
      expect(refreshesSession(path), path).toBe(false);
    }
  });
});
