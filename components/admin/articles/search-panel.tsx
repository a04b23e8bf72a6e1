// The Search and sharing panel: SEO title and description, counted against what search engines show, and a preview.
import { SEO_DESCRIPTION_MAX, SEO_TITLE_MAX } from '@/domain/articles/snapshot';
import type { SnapshotFieldsProps } from './form-fields';

type Props = Omit<SnapshotFieldsProps, 'fieldErrors'> & { siteName: string; siteUrl: string; publicPath: string };

export function SearchPanel({ snapshot, onChange, siteName, siteUrl, publicPath }: Props) {
  const seoTitle = snapshot.seoTitle || snapshot.headline || 'Untitled';
  const seoDescription = snapshot.seoDescription || snapshot.standfirst;
  return (
    <section className="editor-panel" aria-labelledby="seo-heading">
      <h2 id="seo-heading">Search and sharing</h2>
      <div className="field">
        <label htmlFor="seo-title">SEO title</label>
        <input
          id="seo-title"
          value={snapshot.seoTitle}
          onChange={(e) => onChange({ seoTitle: e.target.value })}
          placeholder={snapshot.headline}
          aria-describedby="seo-title-count"
        />
        <Counter
          id="seo-title-count"
          length={seoTitle.length}
          max={SEO_TITLE_MAX}
          usingFallback={!snapshot.seoTitle}
          fallback="the headline"
        />
      </div>
      <div className="field">
        <label htmlFor="seo-description">SEO description</label>
        <textarea
          id="seo-description"
          rows={3}
          value={snapshot.seoDescription}
          onChange={(e) => onChange({ seoDescription: e.target.value })}
          placeholder={snapshot.standfirst}
          aria-describedby="seo-description-count"
        />
        <Counter
          id="seo-description-count"
          length={seoDescription.length}
          max={SEO_DESCRIPTION_MAX}
          usingFallback={!snapshot.seoDescription}
          fallback="the standfirst"
        />
      </div>
      <div className="serp-preview" aria-label="Search result preview">
        <p className="serp-preview__url">
          {siteUrl.replace(/^https?:\/\//, '')}
          {publicPath}
        </p>
        <p className="serp-preview__title">
          {seoTitle.length > SEO_TITLE_MAX + 10 ? `${seoTitle.slice(0, SEO_TITLE_MAX + 7)}…` : seoTitle} | {siteName}
        </p>
        <p className="serp-preview__description">
          {seoDescription.length > SEO_DESCRIPTION_MAX
            ? `${seoDescription.slice(0, SEO_DESCRIPTION_MAX - 1)}…`
            : seoDescription || 'Add a standfirst or description.'}
        </p>
      </div>
    </section>
  );
}

function Counter({
  id,
  length,
  max,
  usingFallback,
  fallback,
}: {
  id: string;
  length: number;
  max: number;
  usingFallback: boolean;
  fallback: string;
}) {
  const over = length > max;
  return (
    <p id={id} className={`field__hint counter ${over ? 'counter--over' : ''}`}>
      {length}/{max} characters{usingFallback ? ` (using ${fallback})` : ''}
      {over ? ': search engines will cut it' : ''}
    </p>
  );
}
