import type { Byline as BylineData } from '@/lib/content/reads';
import { formatDateTime } from '@/lib/format';
import { Picture } from './picture';

export function Byline({
  authors,
  publishedAt,
  updatedAt,
}: {
  authors: BylineData[];
  publishedAt: Date;
  updatedAt: Date | null;
}) {
  return (
    <div className="byline">
      {authors.length > 0 && (
        <div className="byline__people">
          <span className="byline__photos">
            {authors.map((author) =>
              author.photoUrl ? (
                <a key={author.slug} href={`/authors/${author.slug}`} tabIndex={-1} aria-hidden="true">
                  <Picture src={author.photoUrl} alt="" width={88} height={88} sizes="44px" kind="avatar" />
                </a>
              ) : null,
            )}
          </span>
          <p className="byline__names">
            By{' '}
            {authors.map((author, i) => (
              <span key={author.slug}>
                {i > 0 && (i === authors.length - 1 ? ' and ' : ', ')}
                <a href={`/authors/${author.slug}`}>{author.name}</a>
              </span>
            ))}
          </p>
        </div>
      )}
      <p className="byline__dates">
        <span>
          Published <time dateTime={publishedAt.toISOString()}>{formatDateTime(publishedAt)}</time>
        </span>
        {updatedAt && updatedAt > publishedAt && (
          <span>
            Updated <time dateTime={updatedAt.toISOString()}>{formatDateTime(updatedAt)}</time>
          </span>
        )}
      </p>
    </div>
  );
}
