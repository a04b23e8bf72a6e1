import { DEFAULT_LOCALE, type Locale } from '@/domain/i18n/locales';
import type { Byline as BylineData } from '@/lib/content/reads';
import { formatter, translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { Picture } from './picture';

export function Byline({
  authors,
  publishedAt,
  updatedAt,
  locale = DEFAULT_LOCALE,
}: {
  authors: BylineData[];
  publishedAt: Date;
  updatedAt: Date | null;
  locale?: Locale;
}) {
  const t = translator(locale, 'byline');
  const format = formatter(locale);
  const separators = format.listSeparators(authors.length);
  const authorHref = (slug: string) => localePath(locale, `/authors/${slug}`);
  return (
    <div className="byline">
      {authors.length > 0 && (
        <div className="byline__people">
          <span className="byline__photos">
            {authors.map((author) =>
              author.photoUrl ? (
                <a key={author.slug} href={authorHref(author.slug)} tabIndex={-1} aria-hidden="true">
                  <Picture src={author.photoUrl} alt="" width={88} height={88} sizes="44px" kind="avatar" />
                </a>
              ) : null,
            )}
          </span>
          <p className="byline__names">
            {t('by', { count: authors.length })}{' '}
            {authors.map((author, i) => (
              <span key={author.slug}>
                {separators[i]}
                <a href={authorHref(author.slug)}>{author.name}</a>
              </span>
            ))}
          </p>
        </div>
      )}
      <p className="byline__dates">
        <span>
          {t.rich('published', {
            date: format.dateTime(publishedAt),
            time: (chunks) => <time dateTime={publishedAt.toISOString()}>{chunks}</time>,
          })}
        </span>
        {updatedAt && updatedAt > publishedAt && (
          <span>
            {t.rich('updated', {
              date: format.dateTime(updatedAt),
              time: (chunks) => <time dateTime={updatedAt.toISOString()}>{chunks}</time>,
            })}
          </span>
        )}
      </p>
    </div>
  );
}
