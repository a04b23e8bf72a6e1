import { DEFAULT_LOCALE, type Locale } from '@/domain/i18n/locales';
import type { ArticleCard as Card } from '@/lib/content/reads';
import { formatter } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { Kicker } from './kicker';
import { Picture } from './picture';

type Variant = 'lead' | 'standard' | 'compact' | 'row' | 'text';

/** A story in a list. The headline is the link; the image is decoration for it. */
export function ArticleCard({
  article,
  variant = 'standard',
  headingLevel = 3,
  priority = false,
  locale = DEFAULT_LOCALE,
}: {
  article: Card;
  variant?: Variant;
  headingLevel?: 2 | 3;
  priority?: boolean;
  locale?: Locale;
}) {
  const Heading = `h${headingLevel}` as const;
  const format = formatter(locale);
  const href = localePath(locale, `/articles/${article.slug}`);
  const showImage = variant !== 'compact' && variant !== 'text' && article.leadImageUrl;
  return (
    <article className={`card card--${variant}`}>
      {showImage && article.leadImageUrl && (
        <a href={href} className="card__image" tabIndex={-1} aria-hidden="true">
          <Picture
            src={article.leadImageUrl}
            alt=""
            priority={priority}
            kind={variant === 'lead' ? 'photo' : 'thumbnail'}
            sizes={
              variant === 'lead'
                ? '(min-width: 1024px) 760px, 100vw'
                : variant === 'row'
                  ? '(min-width: 760px) 280px, 100vw'
                  : '(min-width: 1024px) 300px, (min-width: 640px) 50vw, 100vw'
            }
          />
        </a>
      )}
      <div className="card__text">
        <Kicker
          region={article.region}
          section={variant === 'compact' ? null : article.section}
          access={article.access}
          membersFirst={article.opensToAllAt !== null}
          linked={false}
          locale={locale}
        />
        <Heading className="card__headline">
          <a href={href}>{article.headline}</a>
        </Heading>
        {variant !== 'compact' && <p className="card__standfirst">{article.standfirst}</p>}
        <p className="card__meta">
          {article.authors.length > 0 && <span>{format.list(article.authors.map((a) => a.name))}</span>}
          <time dateTime={article.publishedAt.toISOString()}>{format.date(article.publishedAt)}</time>
        </p>
      </div>
    </article>
  );
}
