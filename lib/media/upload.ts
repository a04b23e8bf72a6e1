import 'server-only';
import crypto from 'node:crypto';
import { createImage } from '@/db/queries/images';
import { MAX_UPLOAD_BYTES, NOT_AN_IMAGE_MESSAGE, TOO_LARGE_MESSAGE, UNREADABLE_MESSAGE } from './limits';
import { processImage, sniffImageType, UnreadableImageError } from './process';
import { mediaStore, type MediaStore } from './storage';
import type { UploadedImage } from './types';
import { mediaSrc } from './urls';

/** A refusal the uploader should read: the status and a plain sentence. */
export class UploadError extends Error {
  constructor(
    readonly status: 400 | 413 | 415 | 422,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Checks a file by its content, makes its variants, stores them and records the image. Nothing
 * is recorded unless every variant was stored.
 */
export async function acceptUpload({
  bytes,
  uploadedById,
  store = mediaStore(),
}: {
  bytes: Buffer;
  uploadedById: string | null;
  store?: MediaStore;
}): Promise<UploadedImage> {
  if (bytes.length > MAX_UPLOAD_BYTES) throw new UploadError(413, TOO_LARGE_MESSAGE);
  const type = sniffImageType(bytes);
  if (!type) throw new UploadError(415, NOT_AN_IMAGE_MESSAGE);
  let processed;
  try {
    processed = await processImage(bytes, type);
  } catch (error) {
    if (error instanceof UnreadableImageError) throw new UploadError(422, UNREADABLE_MESSAGE);
    throw error;
  }
  const id = crypto.randomBytes(12).toString('base64url');
  await Promise.all(processed.variants.map((v) => store.put(`${id}/${v.width}.${v.format}`, v.body, v.contentType)));
  const variantWidths = [...new Set(processed.variants.map((v) => v.width))];
  await createImage({
    id,
    mimeType: type,
    width: processed.width,
    height: processed.height,
    bytes: bytes.length,
    variantWidths,
    uploadedById,
  });
  return {
    id,
    src: mediaSrc({ id, width: processed.width, height: processed.height }),
    width: processed.width,
    height: processed.height,
  };
}
