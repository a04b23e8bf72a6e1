import 'server-only';
import { env } from '@/lib/env';
import { configuredStore, type MediaStore } from './stores';

export { IMMUTABLE, localStore, s3Store, type ByteRange, type MediaStore } from './stores';

let configured: MediaStore | undefined;

/** The store this deployment uses: the bucket when S3_* is set, else DATA_DIR/media. */
export function mediaStore(): MediaStore {
  configured ??= configuredStore(env);
  return configured;
}
