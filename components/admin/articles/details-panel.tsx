// The Details panel: the story's address, section, region, who can read it, its byline and tags.
import { AccessChoice } from './access-choice';
import { describedBy, FieldError, type SnapshotFieldsProps } from './form-fields';
import type { EditorNewsletter } from './email-panel';
import { AuthorPicker, TagPicker } from './pickers';

export type EditorOptions = {
  sections: { id: number; name: string }[];
  regions: { id: number; name: string }[];
  authors: { id: number; name: string }[];
  tagNames: string[];
  newsletters: EditorNewsletter[];
};

type Props = SnapshotFieldsProps & {
  options: EditorOptions;
  published: boolean;
  status: 'draft' | 'scheduled' | 'published';
  publishedAt: string | null;
  timeZone: string;
  slugTouched: boolean;
  onSlugTyped: (slug: string) => void;
  /** The story's folder in its edition: '/articles/', '/ru/articles/'. */
  articlesFolder: string;
};

export function DetailsPanel({
  snapshot,
  fieldErrors,
  onChange,
  options,
  published,
  status,
  publishedAt,
  timeZone,
  slugTouched,
  onSlugTyped,
  articlesFolder,
}: Props) {
  return (
    <section className="editor-panel" aria-labelledby="details-heading">
      <h2 id="details-heading">Details</h2>
      <div className="field">
        <label htmlFor="slug">Address</label>
        <div className="slug-field">
          <span aria-hidden="true">{articlesFolder}</span>
          <input
            id="slug"
            value={snapshot.slug}
            onChange={(e) => onSlugTyped(e.target.value.toLowerCase().replace(/\s+/g, '-'))}
            aria-invalid={fieldErrors.slug ? true : undefined}
            aria-describedby={describedBy(fieldErrors, 'slug', true)}
            spellCheck={false}
          />
        </div>
        <p id="slug-hint" className="field__hint">
          {published
            ? 'Changing it keeps the old address working: readers are redirected.'
            : slugTouched
              ? 'Set by hand.'
              : 'Follows the headline until you change it.'}
        </p>
        <FieldError id="slug-error" errors={fieldErrors.slug} />
      </div>
      <div className="field">
        <label htmlFor="section">Section</label>
        <select
          id="section"
          value={snapshot.sectionId ?? ''}
          onChange={(e) => onChange({ sectionId: e.target.value ? Number(e.target.value) : null })}
          aria-invalid={fieldErrors.sectionId ? true : undefined}
          aria-describedby={describedBy(fieldErrors, 'sectionId')}
        >
          <option value="">Choose a section</option>
          {options.sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <FieldError id="sectionId-error" errors={fieldErrors.sectionId} />
      </div>
      <div className="field">
        <label htmlFor="region">Region</label>
        <select
          id="region"
          value={snapshot.regionId ?? ''}
          onChange={(e) => onChange({ regionId: e.target.value ? Number(e.target.value) : null })}
        >
          <option value="">No region</option>
          {options.regions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      <AccessChoice
        snapshot={snapshot}
        fieldErrors={fieldErrors}
        onChange={onChange}
        timeZone={timeZone}
        publishedAt={publishedAt}
        status={status}
      />
      <AuthorPicker
        id="authors"
        authors={options.authors}
        value={snapshot.authorIds}
        onChange={(authorIds) => onChange({ authorIds })}
        errors={fieldErrors.authorIds}
      />
      <TagPicker
        suggestions={options.tagNames}
        value={snapshot.tags}
        onChange={(tags) => onChange({ tags })}
        errors={fieldErrors.tags}
      />
    </section>
  );
}
