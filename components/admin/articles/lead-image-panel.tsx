// The Lead image panel: the picture above the story, its alt text, caption and credit.
import { ImageUpload } from '@/components/admin/image-upload';
import { describedBy, FieldError, type SnapshotFieldsProps } from './form-fields';

export function LeadImagePanel({ snapshot, fieldErrors, onChange }: SnapshotFieldsProps) {
  return (
    <section className="editor-panel" aria-labelledby="lead-image-heading">
      <h2 id="lead-image-heading">Lead image</h2>
      {snapshot.leadImageUrl ? (
        <figure className="lead-image-preview">
          {/* eslint-disable-next-line @next/next/no-img-element -- a preview of the upload, at its stored URL */}
          <img src={snapshot.leadImageUrl} alt={snapshot.leadImageAlt} />
          <button type="button" className="button button--small" onClick={() => onChange({ leadImageUrl: null })}>
            Remove image
          </button>
        </figure>
      ) : null}
      <ImageUpload
        id="lead-image"
        label={snapshot.leadImageUrl ? 'Replace the lead image' : 'Add a lead image'}
        compact
        onUploaded={(image) => onChange({ leadImageUrl: image.src })}
      />
      <div className="field">
        <label htmlFor="lead-alt">Alt text</label>
        <input
          id="lead-alt"
          value={snapshot.leadImageAlt}
          onChange={(e) => onChange({ leadImageAlt: e.target.value })}
          aria-invalid={fieldErrors.leadImageAlt ? true : undefined}
          aria-describedby={describedBy(fieldErrors, 'leadImageAlt', true)}
        />
        <p id="leadImageAlt-hint" className="field__hint">
          What the photo shows, for readers who cannot see it. Required to publish.
        </p>
        <FieldError id="leadImageAlt-error" errors={fieldErrors.leadImageAlt} />
      </div>
      <div className="field">
        <label htmlFor="lead-caption">Caption</label>
        <input
          id="lead-caption"
          value={snapshot.leadImageCaption}
          onChange={(e) => onChange({ leadImageCaption: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="lead-credit">Credit</label>
        <input
          id="lead-credit"
          value={snapshot.leadImageCredit}
          onChange={(e) => onChange({ leadImageCredit: e.target.value })}
          placeholder="Photo: Name/Outlet"
        />
      </div>
    </section>
  );
}
