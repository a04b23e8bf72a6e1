/** What an upload may be; shared by the picker (to refuse early) and the server (to refuse for real). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export const ACCEPTED_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

export type AcceptedImageType = (typeof ACCEPTED_IMAGE_TYPES)[number];

export const TOO_LARGE_MESSAGE =
  'That file is larger than 10 MB, the most an image may be. Export a smaller copy and try again.';
export const NOT_AN_IMAGE_MESSAGE =
  'That file is not a JPEG, PNG or WebP image. Choose a photo saved in one of those formats.';
export const UNREADABLE_MESSAGE =
  'That file looks like an image but could not be read; it may be damaged. Export it again and retry.';
export const NO_FILE_MESSAGE = 'Choose an image to upload.';
