'use client';

import { useId, useState } from 'react';
import { ACCEPTED_IMAGE_TYPES, MAX_UPLOAD_BYTES, TOO_LARGE_MESSAGE } from '@/lib/media/limits';
import type { UploadedImage } from '@/lib/media/types';
import { FileDrop } from './file-drop';
import { refusalMessage, sendFile, UNREACHABLE_MESSAGE } from './send-file';

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
  return sendFile({ method: 'POST', url: '/admin/uploads', body, onProgress: options.onProgress }).then((sent) => {
    if ('unreachable' in sent) return { error: UNREACHABLE_MESSAGE };
    const { status, answer } = sent;
    if (status === 201 && answer && typeof answer.src === 'string')
      return { id: String(answer.id), src: answer.src, width: Number(answer.width), height: Number(answer.height) };
    return { error: refusalMessage(status, answer) };
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
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function upload(file: File) {
    setError(null);
    setDone(null);
    setProgress(0);
    const result = await uploadImageFile(file, { onProgress: setProgress });
    setProgress(null);
    if ('error' in result) {
      setError(result.error);
      return;
    }
    setDone(`Uploaded ${file.name} (${result.width} × ${result.height}).`);
    onUploaded(result);
  }

  return (
    <FileDrop
      inputId={id ?? `image-upload-${generated}`}
      label={label}
      hint={compact ? 'JPEG, PNG or WebP, up to 10 MB.' : 'Drag a JPEG, PNG or WebP here (up to 10 MB), or'}
      accept={ACCEPTED_IMAGE_TYPES.join(',')}
      chooseLabel="Choose image"
      compact={compact}
      progress={progress}
      error={error}
      done={done}
      onFile={(file) => void upload(file)}
    />
  );
}
