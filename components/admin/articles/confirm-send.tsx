// The question before an email goes out: how many readers it reaches, because a sent email cannot be taken back.
import { useEffect, useRef } from 'react';
import { subscriberCount, type EditorNewsletter } from './email-panel';

type Props = {
  /** The newsletter about to be sent, or null while nothing is being asked. */
  newsletter: EditorNewsletter | null;
  headline: string;
  emailOnly: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

export function ConfirmSend({ newsletter, headline, emailOnly, onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (newsletter && !element.open) {
      element.showModal();
      // Cancel first (showModal would pick the first button): Enter alone must not send what cannot be taken back.
      cancel.current?.focus();
    }
    if (!newsletter && element.open) element.close();
  }, [newsletter]);

  const title = headline.trim() || 'Untitled';
  return (
    <dialog
      ref={dialog}
      className="confirm-send"
      aria-labelledby="confirm-send-heading"
      aria-describedby="confirm-send-reach"
      onClose={onCancel}
    >
      {newsletter && (
        <>
          <h2 id="confirm-send-heading">
            {emailOnly
              ? `Send “${title}” to ${newsletter.name}?`
              : `Publish “${title}” and email it to ${newsletter.name}?`}
          </h2>
          <p id="confirm-send-reach" className="confirm-send__reach">
            It goes to <strong>{subscriberCount(newsletter.recipients)}</strong>
            {newsletter.audience === 'members' ? ', all of them members now' : ''}.{' '}
            {emailOnly ? 'It is not published on the site.' : 'The story goes live on the site at the same time.'}
          </p>
          <p className="confirm-send__warning">A sent email cannot be taken back.</p>
          <div className="article-editor__buttons">
            <button type="button" className="button button--primary" onClick={onConfirm}>
              {emailOnly ? `Send to ${subscriberCount(newsletter.recipients)}` : 'Publish and email'}
            </button>
            <button ref={cancel} type="button" className="button" onClick={onCancel}>
              Cancel
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
