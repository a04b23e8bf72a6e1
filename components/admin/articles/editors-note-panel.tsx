// The Editor's note panel: a line shown above the story's text, such as "This is a developing story."
import { describedBy, FieldError, type SnapshotFieldsProps } from './form-fields';

export function EditorsNotePanel({ snapshot, fieldErrors, onChange }: SnapshotFieldsProps) {
  return (
    <section className="editor-panel" aria-labelledby="note-heading">
      <h2 id="note-heading">Editor’s note</h2>
      <div className="field">
        <label htmlFor="editors-note">Shown above the text</label>
        <textarea
          id="editors-note"
          rows={2}
          value={snapshot.editorsNote}
          onChange={(e) => onChange({ editorsNote: e.target.value })}
          placeholder="This is a developing story."
          aria-describedby={describedBy(fieldErrors, 'editorsNote')}
        />
        <FieldError id="editorsNote-error" errors={fieldErrors.editorsNote} />
      </div>
    </section>
  );
}
