import { articleBodyFor } from '@/lib/content/article-view';
import { getPublishedArticle, type ArticleCard } from '@/lib/content/reads';
import { env } from '@/lib/env';
import { anonymousViewer } from '@/domain/membership/entitlement';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/domain/i18n/locales';
import { formatter, translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { getNewsroom } from '@/lib/newsroom';
import { escapeHtml, renderBodyHtml } from '@/lib/render/body-html';

const xml = escapeHtml;

/** The line under a members-only story's preview: when it opens to everyone, if it is members first. */
function lockedLine(
  article: { opensToAllAt: Date | null },
  newsroom: { name: string; timeZone: string },
  locale: Locale,
): string {
  const t = translator(locale, 'feed');
  if (!article.opensToAllAt) return t('locked', { name: newsroom.name });
  // As the story's page says it (components/pages/article-page.tsx).
  const opensAt = formatter(locale).newsroomTime(article.opensToAllAt);
  const heading = translator(locale, 'articlePage')('membersFirstHeading', { opensAt });
  return t('membersFirst', { heading, name: newsroom.name });
}
const cdata = (html: string) => `<![CDATA[${html.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

/**
 * An RSS 2.0 feed of the given stories. Feeds are public, so each item carries what an
 * anonymous reader may read: the whole of a public story, the preview of a members-only one.
 */
export async function renderRssFeed({
  title,
  description,
  path,
  items,
  locale = DEFAULT_LOCALE,
}: {
  title: string;
  description: string;
  /** The feed's own address, in its edition: `/ru/rss.xml`. */
  path: string;
  items: ArticleCard[];
  locale?: Locale;
}) {
  const newsroom = getNewsroom();
  const site = env.SITE_URL;
  const entries = await Promise.all(
    items.map(async (card) => {
      const article = await getPublishedArticle({ slug: card.slug, locale });
      if (!article) return '';
      const view = articleBodyFor(article, anonymousViewer);
      const url = `${site}${localePath(locale, `/articles/${article.slug}`)}`;
      const html =
        view.kind === 'full'
          ? renderBodyHtml({ type: 'doc', content: [...view.beforeAppeal.content, ...view.afterAppeal.content] })
          : `${renderBodyHtml(view.preview)}<p><a href="${xml(url)}">${xml(lockedLine(article, newsroom, locale))}</a></p>`;
      return [
        '<item>',
        `<title>${xml(article.headline)}</title>`,
        `<link>${xml(url)}</link>`,
        `<guid isPermaLink="true">${xml(url)}</guid>`,
        `<pubDate>${article.publishedAt.toUTCString()}</pubDate>`,
        ...article.authors.map((a) => `<dc:creator>${xml(a.name)}</dc:creator>`),
        article.section ? `<category>${xml(article.section.name)}</category>` : '',
        ...article.tags.map((t) => `<category>${xml(t.name)}</category>`),
        `<description>${xml(article.standfirst)}</description>`,
        `<content:encoded>${cdata(html)}</content:encoded>`,
        '</item>',
      ].join('');
    }),
  );
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${xml(title)}</title>`,
    `<link>${xml(site + localePath(locale, '/'))}</link>`,
    `<description>${xml(description)}</description>`,
    `<language>${LOCALES[locale].tag}</language>`,
    `<atom:link href="${xml(site + path)}" rel="self" type="application/rss+xml"/>`,
    items[0] ? `<lastBuildDate>${items[0].publishedAt.toUTCString()}</lastBuildDate>` : '',
    ...entries,
    '</channel>',
    '</rss>',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}

export const FEED_SIZE = 30;
