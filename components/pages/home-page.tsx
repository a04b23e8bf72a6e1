import { ArticleCard } from '@/components/article-card';
import { listLatestArticles, listSectionArticles, listSections } from '@/lib/content/reads';
import { anonymousViewer, type Viewer } from '@/domain/auth/viewer';
import { LOCALES, translated, type Locale } from '@/domain/i18n/locales';
import { entitlementOf } from '@/domain/membership/entitlement';
import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { membershipHref } from '@/lib/membership/links';
import { editionLocale } from '@/lib/i18n/edition';

/** The front page; the same for every viewer except the asks (members see none). */
export async function HomePage({
  viewer = anonymousViewer,
  locale: given,
}: {
  viewer?: Viewer;
  /** The route's edition unless given. */
  locale?: Locale;
}) {
  const locale = given ?? (await editionLocale());
  const [latest, sections] = await Promise.all([listLatestArticles({ limit: 7, locale }), listSections()]);
  const sectionBlocks = await Promise.all(
    sections.map(async (section) => ({
      section,
      articles: (await listSectionArticles({ sectionId: section.id, limit: 4, locale })).items,
    })),
  );
  const t = translator(locale, 'homePage');
  const [lead, ...rest] = latest;
  return (
    <div className="wrap home">
      <h1 className="visually-hidden">{t('title')}</h1>
      {lead ? (
        <div className="home-top">
          <ArticleCard article={lead} variant="lead" headingLevel={2} priority locale={locale} />
          <section className="home-top__side" aria-labelledby="latest-heading">
            <h2 id="latest-heading" className="section-heading">
              {t('latest')}
            </h2>
            <ul className="latest-list">
              {rest.map((article) => (
                <li key={article.id}>
                  <ArticleCard article={article} variant="compact" locale={locale} />
                </li>
              ))}
            </ul>
          </section>
        </div>
      ) : (
        <p className="empty">{t('empty')}</p>
      )}

      {!entitlementOf(viewer).isMember && (
        <aside className="home-appeal" aria-labelledby="home-appeal-heading">
          <div>
            <h2 id="home-appeal-heading">{t('appealHeading')}</h2>
            <p>{t('appealBody')}</p>
          </div>
          <a className="button button--primary" href={localePath(locale, membershipHref('home'))}>
            {t('becomeMember')}
          </a>
        </aside>
      )}

      {sectionBlocks
        .filter((block) => block.articles.length > 0)
        .map(({ section, articles }) => {
          const name = translated(section, 'name', locale);
          const href = localePath(locale, `/sections/${section.slug}`);
          return (
            <section key={section.slug} aria-labelledby={`section-${section.slug}`}>
              <h2 id={`section-${section.slug}`} className="section-heading">
                <a href={href}>{name}</a>
                <a href={href} className="section-heading__more">
                  {t('moreFromSection', { section: name.toLocaleLowerCase(LOCALES[locale].tag) })}
                </a>
              </h2>
              <div className="card-grid card-grid--4">
                {articles.map((article) => (
                  <ArticleCard key={article.id} article={article} locale={locale} />
                ))}
              </div>
            </section>
          );
        })}
    </div>
  );
}
