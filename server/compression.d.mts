/** Types for compression.mjs (plain JavaScript: the production server runs without a compiler). */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type Encoding = 'br' | 'gzip' | 'identity';
export const BROTLI_QUALITY: number;
export type BrotliCacheOptions = { maxEntries: number; maxBytes: number };
export class BrotliCache {
  constructor(options: BrotliCacheOptions);
  readonly size: number;
  readonly bytes: number;
  readonly pending: number;
  static keyOf(body: Buffer): string;
  get(key: string): Buffer | undefined;
  schedule(key: string, body: Buffer): void;
  idle(): Promise<void>;
  clear(): void;
}
export function negotiateEncoding(header: string | string[] | undefined): Encoding;
export function compressResponse(req: IncomingMessage, res: ServerResponse, brotliCache?: BrotliCache): void;
