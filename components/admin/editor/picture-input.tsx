// The body editor's hidden file picker behind the Picture button, and the line that says how an upload went.
import type { RefObject } from 'react';
import type { EditorMessage } from './use-image-uploads';

export function PictureInput({
  inputRef,
  onFiles,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  onFiles: (files: File[]) => void;
}) {
  return (
    <input
      ref={inputRef}
      type="file"
      accept="image/jpeg,image/png,image/webp,image/avif,image/gif"
      multiple
      hidden
      tabIndex={-1}
      aria-hidden="true"
      onChange={(event) => {
        const files = Array.from(event.target.files ?? []);
        event.target.value = '';
        onFiles(files);
      }}
    />
  );
}

/** Always on the page, so a screen reader hears each new message in it. */
export function UploadMessage({ message, onDismiss }: { message: EditorMessage | null; onDismiss: () => void }) {
  return (
    <div
      className={
        message?.kind === 'error' ? 'body-editor__message body-editor__message--error' : 'body-editor__message'
      }
      role={message?.kind === 'error' ? 'alert' : 'status'}
    >
      {message && (
        <>
          <span>{message.text}</span>
          <button type="button" className="link-button" onClick={onDismiss}>
            Dismiss
          </button>
        </>
      )}
    </div>
  );
}
