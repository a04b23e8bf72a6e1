/** Types for compression.mjs (plain JavaScript: the production server runs without a compiler). */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type Encoding = 'br' | 'gzip' | 'identity';
export const BROTLI_QUALITY: number;
export function negotiateEncoding(header: string | string[] | undefined): Encoding;
export function compressResponse(req: IncomingMessage, res: ServerResponse): void;
