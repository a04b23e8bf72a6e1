import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { EndOfArticleAppeal, InArticleAppeal, MemberThanks } from '@/components/appeal';
import { ArticleCard } from '@/components/article-card';
import { ArticleRecording } from '@/components/article-recording';
import { Byline } from '@/components/byline';
import { JsonLd } from '@/components/json-ld';
import { Kicker } from '@/components/kicker';
import { NewsletterSignup } from '@/components/newsletter-signup';
import { Paywall } from '@/components/paywall';
import { Picture } from '@/components/picture';
import { SaveButton } from '@/components/save-button';
import { isArticleSaved } from '@/db/queries/saved';
import { articleBodyFor } from '@/lib/content/article-view';
import {
  findRenamedArticleSlug,
  getArticleRecording,
  getPublishedArticle,
  listAppeals,
  listPublishedCounterparts,
  listPublishedSlugs,
  listRelatedArticles,
  type PublishedArticle,
} from '@/lib/content/reads';
import { appealsByPlacement, shownAppeal } from '@/lib/appeals/appeals';
import { env } from '@/lib/env';
import type { Viewer } from '@/domain/auth/viewer';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/domain/i18n/locales';
import { entitlementOf } from '@/domain/membership/entitlement';
import { formatter, translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { getNewsroom } from '@/lib/newsroom';
import { renderBodyHtml } from '@/lib/render/body-html';
import { storyAlternates, type StoryVersion } from '@/lib/i18n/alternates';
import { editionLocale } from '@/lib/i18n/edition';

/** An edition's route passes its `locale`; English when none is given. */
export type ArticleRouteProps = { params: Promise<{ slug: string }>; locale?: Locale };

export async function articleStaticParams() {
  // `next dev` asks for these in a separate worker process, which must not open the embedded
  // database behind the dev server's back; in dev every article renders on demand anyway.
  if (env.isDevServer) return [];
  return (await listPublishedSlugs({ locale: await editionLocale() })).map((slug) => ({ slug }));
}

async function loadArticle(slug: string, locale: Locale): Promise<PublishedArticle> {
  const article = await getPublishedArticle({ slug, locale });
  if (article) return article;
  const renamed = await findRenamedArticleSlug({ slug });
  if (renamed) permanentRedirect(localePath(locale, `/articles/${renamed}`));
  notFound();
}

export async function articleMetadata({ params, locale: given }: ArticleRouteProps): Promise<Metadata> {
  const locale = given ?? (await editionLocale());
  const { slug } = await params;
  const article = await getPublishedArticle({ slug, locale });
  if (!article) return {};
  const title = article.seoTitle || article.headline;
  const description = article.seoDescription || article.standfirst;
  const counterparts = await listPublishedCounterparts({ articleId: article.id });
  return {
    title,
    description,
    alternates: {
      canonical: localePath(locale, `/articles/${article.slug}`),
      languages: storyAlternates({ language: locale, slug: article.slug }, counterparts),
    },
    authors: article.authors.map((a) => ({ name: a.name, url: localePath(locale, `/authors/${a.slug}`) })),
    openGraph: {
      type: 'article',
      title,
      description,
      url: localePath(locale, `/articles/${article.slug}`),
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: (article.updatedAt ?? article.publishedAt).toISOString(),
      section: article.section?.name,
      tags: article.tags.map((t) => t.name),
    },
    twitter: { card: 'summary_large_image', title, description },
  };
}

function newsArticleJsonLd(article: PublishedArticle, locale: Locale) {
  const newsroom = getNewsroom();
  const url = `${env.SITE_URL}${localePath(locale, `/articles/${article.slug}`)}`;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    headline: article.headline,
    description: article.standfirst,
    image: [article.leadImageUrl ? `${env.SITE_URL}${article.leadImageUrl}` : `${url}/opengraph-image`],
    datePublished: article.publishedAt.toISOString(),
    dateModified: (article.updatedAt ?? article.publishedAt).toISOString(),
    articleSection: article.section?.name,
    keywords: article.tags.map((t) => t.name),
    author: article.authors.map((a) => ({
      '@type': 'Person',
      name: a.name,
      url: `${env.SITE_URL}${localePath(locale, `/authors/${a.slug}`)}`,
    })),
    publisher: { '@type': 'NewsMediaOrganization', name: newsroom.name, url: env.SITE_URL },
    isAccessibleForFree: article.access === 'public',
    ...(article.access === 'members'
      ? { hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.members-only' } }
      : {}),
  };
}

/** An article as this viewer may read it; the paywall cut happens here, before rendering. */
export async function ArticlePage({ params, viewer, locale: given }: ArticleRouteProps & { viewer: Viewer }) {
  const locale = given ?? (await editionLocale());
  const { slug } = await params;
  return <ArticleView article={await loadArticle(slug, locale)} viewer={viewer} locale={locale} />;
}

/** The page body for an article already loaded: the public pages and the staff preview share it. */
export async function ArticleView({
  article,
  viewer,
  locale = DEFAULT_LOCALE,
}: {
  article: PublishedArticle;
  viewer: Viewer;
  locale?: Locale;
}) {
  const t = translator(locale, 'articlePage');
  const [related, appealRows, recording, counterparts] = await Promise.all([
    listRelatedArticles({ articleId: article.id, sectionId: article.sectionId, locale }),
    listAppeals({ locale }),
    getArticleRecording({ articleId: article.id, slug: article.slug }),
    listPublishedCounterparts({ articleId: article.id }),
  ]);
  const body = articleBodyFor(article, viewer);
  const opensAt = article.opensToAllAt && formatter(locale).newsroomTime(article.opensToAllAt);
  // Members see no asks; everyone else sees them wherever the full text runs (if switched on).
  const isMember = entitlementOf(viewer).isMember;
  const showAppeals = !isMember;
  const appeals = appealsByPlacement(appealRows);
  const inArticleAppeal = shownAppeal(appeals['in-article']);
  const endOfArticleAppeal = shownAppeal(appeals['end-of-article']);
  const saved =
    isMember && viewer.kind === 'signed-in'
      ? await isArticleSaved({ userId: viewer.userId, articleId: article.id })
      : null;

  return (
    <article className="article">
      <JsonLd data={newsArticleJsonLd(article, locale)} />
      <header className="article__header wrap">
        <Kicker
          region={article.region}
          section={article.section}
          access={article.access}
          membersFirst={article.opensToAllAt !== null}
          locale={locale}
        />
        <h1 className="article__headline">{article.headline}</h1>
        <p className="article__standfirst">{article.standfirst}</p>
        <Byline
          authors={article.authors}
          publishedAt={article.publishedAt}
          updatedAt={article.updatedAt}
          locale={locale}
        />
        {saved !== null && <SaveButton articleId={article.id} saved={saved} locale={locale} />}
        {counterparts.length > 0 && <StoryLanguages counterparts={counterparts} />}
      </header>

      {article.leadImageUrl && (
        <figure className="lead-figure">
          <Picture
            src={article.leadImageUrl}
            alt={article.leadImageAlt}
            sizes="(min-width: 1100px) 1088px, 100vw"
            priority
          />
          {(article.leadImageCaption || article.leadImageCredit) && (
            <figcaption className="wrap">
              {article.leadImageCaption}{' '}
              {article.leadImageCredit && <span className="credit">{article.leadImageCredit}</span>}
            </figcaption>
          )}
        </figure>
      )}

      {article.editorsNote && (
        <div className="editors-note wrap" role="note">
          <strong>{t('editorsNote')}</strong>
          {article.editorsNote}
        </div>
      )}

      <div className="wrap">
        {recording && <ArticleRecording recording={recording} viewer={viewer} />}
        {body.kind === 'full' && opensAt && (
          <p className="members-first-note" role="note">
            {t('membersFirstNote', { opensAt })}
          </p>
        )}
        {body.kind === 'full' ? (
          <div className="article__body prose">
            <div dangerouslySetInnerHTML={{ __html: renderBodyHtml(body.beforeAppeal) }} />
            {showAppeals && inArticleAppeal && body.afterAppeal.content.length > 0 && (
              <InArticleAppeal appeal={inArticleAppeal} articleSlug={article.slug} locale={locale} />
            )}
            <div
              className={article.access === 'members' ? 'members-only' : undefined}
              dangerouslySetInnerHTML={{ __html: renderBodyHtml(body.afterAppeal) }}
            />
          </div>
        ) : (
          <div className="article__body prose">
            <div dangerouslySetInnerHTML={{ __html: renderBodyHtml(body.preview) }} />
            <Paywall
              articleSlug={article.slug}
              locale={locale}
              {...(opensAt ? { heading: t('membersFirstHeading', { opensAt }) } : {})}
            />
          </div>
        )}

        <footer className="article__footer">
          {article.tags.length > 0 && (
            <nav aria-label={t('tagsLabel')}>
              <ul className="tag-list">
                {article.tags.map((tag) => (
                  <li key={tag.slug}>
                    <a href={localePath(locale, `/tags/${tag.slug}`)}>{tag.name}</a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </footer>

        {body.kind === 'full' &&
          (showAppeals ? (
            endOfArticleAppeal && (
              <EndOfArticleAppeal appeal={endOfArticleAppeal} articleSlug={article.slug} locale={locale} />
            )
          ) : (
            <MemberThanks locale={locale} />
          ))}

        {/* Members need no sign-up here: the newsletters come with membership and live on /account. */}
        {!isMember && (
          <NewsletterSignup
            viewer={viewer}
            placement="article"
            from={localePath(locale, `/articles/${article.slug}`)}
          />
        )}

        {related.length > 0 && (
          <section className="related" aria-labelledby="related-heading">
            <h2 id="related-heading" className="section-heading">
              {t('related')}
            </h2>
            <div className="card-grid card-grid--4">
              {related.map((story) => (
                <ArticleCard key={story.id} article={story} variant="text" locale={locale} />
              ))}
            </div>
          </section>
        )}
      </div>
    </article>
  );
}

/**
 * The story's language switch: each translation, named in its own language ("Читать по-русски").
 * The site header's switch (to the other edition's front page) gives way to it (site.css).
 */
function StoryLanguages({ counterparts }: { counterparts: StoryVersion[] }) {
  return (
    <ul className="story-languages language-switch--story">
      {counterparts.map((version) => (
        <li key={version.language}>
          <a
            href={localePath(version.language, `/articles/${version.slug}`)}
            hrefLang={version.language}
            lang={LOCALES[version.language].tag}
          >
            {translator(version.language, 'languageSwitch')('readIn')} →
          </a>
        </li>
      ))}
    </ul>
  );
}
