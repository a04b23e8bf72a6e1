// The Link panel above the text: the address field and the buttons that add, update or remove a link.
import { useEffect, useRef } from 'react';
import type { LinkDraft } from './use-link-panel';

type Props = {
  /** The editor's id: the field is `${id}-link`. */
  id: string;
  link: LinkDraft;
  onType: (href: string) => void;
  onApply: () => void;
  onRemove: () => void;
  onClose: () => void;
};

export function LinkPanel({ id, link, onType, onApply, onRemove, onClose }: Props) {
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (document.activeElement !== inputRef.current) inputRef.current?.focus();
  }, [link]);

  return (
    <div className="body-editor__link-panel" role="group" aria-label="Link">
      <label htmlFor={`${id}-link`}>Link address</label>
      <input
        ref={inputRef}
        id={`${id}-link`}
        type="text"
        inputMode="url"
        autoComplete="off"
        placeholder="https://… or /articles/…"
        value={link.href}
        aria-invalid={link.error ? true : undefined}
        aria-describedby={link.error ? `${id}-link-error` : undefined}
        onChange={(event) => onType(event.target.value)}
        onKeyDown={(event) => {
          // The editor sits inside the article form: Enter here must not submit it.
          if (event.key === 'Enter') {
            event.preventDefault();
            onApply();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
        }}
      />
      <button type="button" className="button button--small button--primary" onClick={onApply}>
        {link.existing ? 'Update link' : 'Add link'}
      </button>
      {link.existing && (
        <button type="button" className="button button--small" onClick={onRemove}>
          Remove link
        </button>
      )}
      <button type="button" className="button button--small" onClick={onClose}>
        Cancel
      </button>
      {link.error && (
        <p className="field__error" id={`${id}-link-error`}>
          {link.error}
        </p>
      )}
    </div>
  );
}
