// The story's words, in the editor's main column: headline, standfirst and the body text.
import { BodyEditor } from '@/components/admin/editor/body-editor';
import { uploadImageFile } from '@/components/admin/image-upload';
import { describedBy, FieldError, type SnapshotFieldsProps } from './form-fields';

/** `bodyKey` changes when the whole snapshot is replaced: the body editor reads its document only when it starts. */
export function StoryFields({ snapshot, fieldErrors, onChange, bodyKey }: SnapshotFieldsProps & { bodyKey: number }) {
  return (
    <div className="article-editor__main">
      <div className="field field--headline">
        <label htmlFor="headline">Headline</label>
        <textarea
          id="headline"
          rows={2}
          value={snapshot.headline}
          onChange={(e) => onChange({ headline: e.target.value.replace(/\n/g, ' ') })}
          aria-invalid={fieldErrors.headline ? true : undefined}
          aria-describedby={describedBy(fieldErrors, 'headline')}
          placeholder="What happened, in a line"
        />
        <FieldError id="headline-error" errors={fieldErrors.headline} />
      </div>
      <div className="field field--standfirst">
        <label htmlFor="standfirst">Standfirst</label>
        <textarea
          id="standfirst"
          rows={3}
          value={snapshot.standfirst}
          onChange={(e) => onChange({ standfirst: e.target.value })}
          aria-invalid={fieldErrors.standfirst ? true : undefined}
          aria-describedby={describedBy(fieldErrors, 'standfirst', true)}
        />
        <p id="standfirst-hint" className="field__hint">
          One or two sentences under the headline that say what the story is.
        </p>
        <FieldError id="standfirst-error" errors={fieldErrors.standfirst} />
      </div>
      <div className="field field--body">
        <BodyEditor
          key={bodyKey}
          id="body"
          label="Text"
          initialDoc={snapshot.body}
          onChange={(body) => onChange({ body })}
          uploadImage={uploadImageFile}
          describedBy={fieldErrors.body ? 'body-error' : undefined}
          invalid={Boolean(fieldErrors.body)}
        />
        <FieldError id="body-error" errors={fieldErrors.body} />
      </div>
    </div>
  );
}
