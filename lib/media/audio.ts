/**
 * A story's recording: what an upload may be, how its first bytes are read, and its URL. No
 * server imports, so the editor's picker refuses the same files early that the server refuses
 * for real.
 */

export const MAX_AUDIO_BYTES = 100 * 1024 * 1024;

export const ACCEPTED_AUDIO_TYPES = ['audio/mpeg', 'audio/mp4'] as const;
export type AcceptedAudioType = (typeof ACCEPTED_AUDIO_TYPES)[number];

/** The extension a stored recording (and its URL) carries, by type. */
export const AUDIO_EXTENSIONS: Record<AcceptedAudioType, 'mp3' | 'm4a'> = { 'audio/mpeg': 'mp3', 'audio/mp4': 'm4a' };

export const AUDIO_TOO_LARGE_MESSAGE =
  'That recording is larger than 100 MB, the most a recording may be. Export it at a lower bitrate and try again.';
export const NOT_AUDIO_MESSAGE =
  'That file is not an MP3 or M4A recording. Export the recording as MP3 or M4A (AAC) and try again.';
export const AUDIO_UNREADABLE_MESSAGE =
  'That file starts like a recording, but its length could not be read; it may be damaged or hold no sound. Export it again and retry.';
export const NO_AUDIO_MESSAGE = 'Choose a recording to upload.';

/**
 * ISO BMFF brands of audio files: iTunes audio and audiobooks, and the generic MP4 brands that
 * encoders (ffmpeg, Audacity, phones) write on AAC audio. A video file may carry the generic
 * ones too; the duration check, which reads the tracks, refuses one with a picture.
 */
const M4A_BRANDS = new Set(['M4A ', 'M4B ', 'mp41', 'mp42', 'isom', 'iso2', 'iso5', 'iso6']);

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));

/**
 * An MPEG audio frame header: eleven set sync bits, then a version, layer, bitrate and sample
 * rate that are not the reserved values. Checking those keeps out files that merely start with
 * 0xFF 0xE0 (an AAC ADTS stream, whose layer is 00, or stray binary).
 */
function isMpegFrameHeader(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0xff || ((bytes[1] ?? 0) & 0xe0) !== 0xe0) return false;
  const version = ((bytes[1] ?? 0) >> 3) & 0b11;
  const layer = ((bytes[1] ?? 0) >> 1) & 0b11;
  const bitrate = ((bytes[2] ?? 0) >> 4) & 0b1111;
  const sampleRate = ((bytes[2] ?? 0) >> 2) & 0b11;
  return version !== 0b01 && layer !== 0b00 && bitrate !== 0b1111 && sampleRate !== 0b11;
}

/** What the first bytes say a recording is; the file's name and the browser's claimed type are ignored. */
export function sniffAudioType(bytes: Uint8Array): AcceptedAudioType | null {
  if (bytes.length >= 10 && ascii(bytes, 0, 3) === 'ID3' && (bytes[3] ?? 0xff) < 0xff) return 'audio/mpeg';
  if (isMpegFrameHeader(bytes)) return 'audio/mpeg';
  if (bytes.length >= 12 && ascii(bytes, 4, 8) === 'ftyp') {
    const boxSize = ((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0);
    const end = Math.min(bytes.length, Math.max(boxSize, 12));
    // The major brand, then the compatible brands listed after the minor version.
    const brands = [ascii(bytes, 8, 12)];
    for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(bytes, at, at + 4));
    if (brands.some((brand) => M4A_BRANDS.has(brand))) return 'audio/mp4';
  }
  return null;
}

const AUDIO_FILE = /^([A-Za-z0-9_-]{16,32})\.(mp3|m4a)$/;

/** Where a recording is kept in the media store: beside the images, under `audio/`. */
export function audioStorageKey(id: string, type: AcceptedAudioType): string {
  return `audio/${id}.${AUDIO_EXTENSIONS[type]}`;
}

/** The members-only URL a recording is played from (app/media/audio/[file]). */
export function audioSrc(storageKey: string): string {
  return `/media/${storageKey}`;
}

/** The storage key a `/media/audio/<file>` request names, or null for anything else. */
export function audioKeyFromFile(file: string): string | null {
  return AUDIO_FILE.test(file) ? `audio/${file}` : null;
}

/** "12 min" for a player's label; a recording under a minute says so in seconds. */
export function formatListeningTime(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} sec`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}
