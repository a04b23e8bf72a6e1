import 'server-only';
import crypto from 'node:crypto';
import { parseBuffer } from 'music-metadata';
import { attachRecording, removeRecording, type ArticleRecording } from '@/db/queries/article-audio';
import {
  AUDIO_TOO_LARGE_MESSAGE,
  AUDIO_UNREADABLE_MESSAGE,
  audioStorageKey,
  MAX_AUDIO_BYTES,
  NO_AUDIO_MESSAGE,
  NOT_AUDIO_MESSAGE,
  sniffAudioType,
  type AcceptedAudioType,
} from './audio';
import { mediaStore, type MediaStore } from './storage';
import { UploadError } from './upload';

/**
 * How long a recording plays, read from the file itself by music-metadata: it walks MP3 frames
 * (or reads the Xing/VBRI header of a variable-bitrate file) and an M4A's movie header, which a
 * hand-written parser would get wrong for VBR files and odd encoders. Null when the file has no
 * readable sound of its own: damaged, empty, or a video.
 */
export async function readDuration(bytes: Buffer, type: AcceptedAudioType): Promise<number | null> {
  try {
    const { format } = await parseBuffer(
      bytes,
      { mimeType: type, size: bytes.length },
      { duration: true, skipCovers: true },
    );
    if (format.hasVideo || format.hasAudio === false) return null;
    const duration = format.duration;
    return duration !== undefined && Number.isFinite(duration) && duration >= 1 ? duration : null;
  } catch {
    return null;
  }
}

/**
 * Checks a recording by its content, reads its length, stores it beside the images and attaches
 * it to the story, replacing (and deleting) the one it had. Nothing is recorded unless the file
 * was stored, and a file whose row could not be written is deleted again.
 */
export async function acceptRecording({
  articleId,
  bytes,
  uploadedById,
  store = mediaStore(),
}: {
  articleId: number;
  bytes: Buffer;
  uploadedById: string | null;
  store?: MediaStore;
}): Promise<ArticleRecording> {
  if (bytes.length === 0) throw new UploadError(400, NO_AUDIO_MESSAGE);
  if (bytes.length > MAX_AUDIO_BYTES) throw new UploadError(413, AUDIO_TOO_LARGE_MESSAGE);
  const mimeType = sniffAudioType(bytes);
  if (!mimeType) throw new UploadError(415, NOT_AUDIO_MESSAGE);
  const duration = await readDuration(bytes, mimeType);
  if (duration === null) throw new UploadError(422, AUDIO_UNREADABLE_MESSAGE);

  const storageKey = audioStorageKey(crypto.randomBytes(12).toString('base64url'), mimeType);
  await store.put(storageKey, bytes, mimeType);
  const recording = { storageKey, mimeType, bytes: bytes.length, durationSeconds: Math.round(duration) };
  let replacedKey: string | null;
  try {
    ({ replacedKey } = await attachRecording({ ...recording, articleId, uploadedById }));
  } catch (error) {
    await store.remove(storageKey).catch(() => undefined);
    throw error;
  }
  if (replacedKey && replacedKey !== storageKey) await store.remove(replacedKey);
  return recording;
}

/** Detaches a story's recording and deletes its file; false when it had none. */
export async function detachRecording({
  articleId,
  store = mediaStore(),
}: {
  articleId: number;
  store?: MediaStore;
}): Promise<boolean> {
  const { removedKey } = await removeRecording({ articleId });
  if (removedKey) await store.remove(removedKey);
  return removedKey !== null;
}
