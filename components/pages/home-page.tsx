import { ArticleCard } from '@/components/article-card';
import { listLatestArticles, listSectionArticles, listSections } from '@/lib/content/reads';
import { anonymousViewer, type Viewer } from '@/domain/auth/viewer';
import { entitlementOf } from '@/domain/membership/entitlement';
import { membershipHref } from '@/lib/membership/links';

/** The front page; the same for every viewer except the asks (members see none). */
export async function HomePage({ viewer = anonymousViewer }: { viewer?: Viewer }) {
  const [latest, sections] = await Promise.all([listLatestArticles({ limit: 7 }), listSections()]);
  const sectionBlocks = await Promise.all(
    sections.map(async (section) => ({
      section,
      articles: (await listSectionArticles({ sectionId: section.id, limit: 4 })).items,
    })),
  );
  const [lead, ...rest] = latest;
  return (
    <div className="wrap home">
      <h1 className="visually-hidden">Ridgeline: independent journalism from the Caucasus</h1>
      {lead ? (
        <div className="home-top">
          <ArticleCard article={lead} variant="lead" headingLevel={2} priority />
          <section className="home-top__side" aria-labelledby="latest-heading">
            <h2 id="latest-heading" className="section-heading">
              Latest
            </h2>
            <ul className="latest-list">
              {rest.map((article) => (
                <li key={article.id}>
                  <ArticleCard article={article} variant="compact" />
                </li>
              ))}
            </ul>
          </section>
        </div>
      ) : (
        <p className="empty">Nothing has been published yet.</p>
      )}

      {!entitlementOf(viewer).isMember && (
        <aside className="home-appeal" aria-labelledby="home-appeal-heading">
          <div>
            <h2 id="home-appeal-heading">Reporting from the Caucasus, paid for by its readers</h2>
            <p>
              We lost most of our grant funding this year. Members keep every story on this site free for everyone to
              read.
            </p>
          </div>
          <a className="button button--primary" href={membershipHref('home')}>
            Become a member
          </a>
        </aside>
      )}

      {sectionBlocks
        .filter((block) => block.articles.length > 0)
        .map(({ section, articles }) => (
          <section key={section.slug} aria-labelledby={`section-${section.slug}`}>
            <h2 id={`section-${section.slug}`} className="section-heading">
              <a href={`/sections/${section.slug}`}>{section.name}</a>
              <a href={`/sections/${section.slug}`} className="section-heading__more">
                More {section.name.toLowerCase()} →
              </a>
            </h2>
            <div className="card-grid card-grid--4">
              {articles.map((article) => (
                <ArticleCard key={article.id} article={article} />
              ))}
            </div>
          </section>
        ))}
    </div>
  );
}
