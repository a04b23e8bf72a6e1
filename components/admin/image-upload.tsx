'use client';

import { useId, useRef, useState } from 'react';
import { ACCEPTED_IMAGE_TYPES, MAX_UPLOAD_BYTES, TOO_LARGE_MESSAGE } from '@/lib/media/limits';
import type { UploadedImage } from '@/lib/media/types';
import './image-upload.css';

export type { UploadedImage } from '@/lib/media/types';

type UploadResult = UploadedImage | { error: string };

/**
 * Sends one file to POST /admin/uploads. The server decides what is an image (by its content);
 * here we only spare a pointless upload of something obviously too large.
 */
export function uploadImageFile(
  file: File,
  options: { onProgress?: (fraction: number) => void } = {},
): Promise<UploadResult> {
  if (file.size > MAX_UPLOAD_BYTES) return Promise.resolve({ error: TOO_LARGE_MESSAGE });
  const body = new FormData();
  body.append('file', file);
  // XMLHttpRequest, not fetch: only it reports upload progress.
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/admin/uploads');
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      const answer = request.response as Partial<UploadedImage> & { error?: string };
      if (request.status === 201 && answer && typeof answer.src === 'string') {
        resolve({ id: String(answer.id), src: answer.src, width: Number(answer.width), height: Number(answer.height) });
      } else {
        resolve({ error: answer?.error ?? `The upload failed (the server answered ${request.status}). Try again.` });
      }
    };
    request.onerror = () =>
      resolve({ error: 'The upload did not reach the server. Check the connection and try again.' });
    request.send(body);
  });
}

/** A drop zone with a picker button: drop or choose a JPEG, PNG or WebP; the parent gets the upload. */
export function ImageUpload({
  label,
  onUploaded,
  id,
  compact = false,
}: {
  label: string;
  onUploaded: (image: UploadedImage) => void;
  id?: string;
  compact?: boolean;
}) {
  const generated = useId();
  const inputId = id ?? `image-upload-${generated}`;
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  async function upload(file: File | undefined) {
    if (!file || progress !== null) return;
    setError(null);
    setDone(null);
    setProgress(0);
    const result = await uploadImageFile(file, { onProgress: setProgress });
    setProgress(null);
    if (input.current) input.current.value = '';
    if ('error' in result) {
      setError(result.error);
      return;
    }
    setDone(`Uploaded ${file.name} (${result.width} × ${result.height}).`);
    onUploaded(result);
  }

  const busy = progress !== null;
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
        void upload(event.dataTransfer.files[0]);
      }}
    >
      <label htmlFor={inputId} className="image-upload__label">
        {label}
      </label>
      <p className="image-upload__hint" id={`${inputId}-hint`}>
        {compact ? 'JPEG, PNG or WebP, up to 10 MB.' : 'Drag a JPEG, PNG or WebP here (up to 10 MB), or'}
      </p>
      <input
        ref={input}
        id={inputId}
        type="file"
        accept={ACCEPTED_IMAGE_TYPES.join(',')}
        className="image-upload__input"
        tabIndex={-1}
        aria-describedby={described}
        disabled={busy}
        onChange={(event) => void upload(event.currentTarget.files?.[0])}
      />
      <button
        type="button"
        className="button button--small"
        disabled={busy}
        aria-describedby={described}
        onClick={() => input.current?.click()}
      >
        {busy ? 'Uploading…' : 'Choose image'}
      </button>
      {busy && <progress className="image-upload__progress" value={progress} max={1} aria-label="Upload progress" />}
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
