'use client';

import { useRef, useState } from 'react';
import './image-upload.css';

/**
 * A drop zone with a picker button, for one file: what the image uploads and the editor's Audio
 * version panel share. The picker button opens the hidden input (one tab stop); the hint and any
 * error describe both. The parent uploads the file and says how it went.
 */
export function FileDrop({
  inputId,
  label,
  hint,
  accept,
  chooseLabel,
  compact = false,
  disabled = false,
  progress,
  error,
  done,
  onFile,
}: {
  inputId: string;
  label: string;
  hint: string;
  accept: string;
  chooseLabel: string;
  compact?: boolean;
  disabled?: boolean;
  /** 0 to 1 while uploading, null otherwise. */
  progress: number | null;
  error: string | null;
  done: string | null;
  onFile: (file: File) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const busy = progress !== null || disabled;
  const take = (file: File | undefined) => {
    if (input.current) input.current.value = '';
    if (file && !busy) onFile(file);
  };
  const described = `${inputId}-hint${error ? ` ${inputId}-error` : ''}`;
  return (
    <div
      className={`image-upload${compact ? ' image-upload--compact' : ''}${dragging ? ' image-upload--dragging' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        take(event.dataTransfer.files[0]);
      }}
    >
      <label htmlFor={inputId} className="image-upload__label">
        {label}
      </label>
      <p className="image-upload__hint" id={`${inputId}-hint`}>
        {hint}
      </p>
      <input
        ref={input}
        id={inputId}
        type="file"
        accept={accept}
        className="image-upload__input"
        tabIndex={-1}
        aria-describedby={described}
        disabled={busy}
        onChange={(event) => take(event.currentTarget.files?.[0])}
      />
      <button
        type="button"
        className="button button--small"
        disabled={busy}
        aria-describedby={described}
        onClick={() => input.current?.click()}
      >
        {progress !== null ? 'Uploading…' : chooseLabel}
      </button>
      {progress !== null && (
        <progress className="image-upload__progress" value={progress} max={1} aria-label="Upload progress" />
      )}
      {error && (
        <p id={`${inputId}-error`} className="field__error" role="alert">
          {error}
        </p>
      )}
      {done && (
        <p className="image-upload__done" role="status">
          {done}
        </p>
      )}
    </div>
  );
}
