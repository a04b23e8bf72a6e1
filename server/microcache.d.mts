/** Types for microcache.mjs (plain JavaScript: the production server runs without a compiler). */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type MicrocacheOptions = {
  ttlMs: number;
  maxEntries: number;
  maxBytes: number;
  sessionCookies: readonly string[];
};
export const MICROCACHE_KEY: unique symbol;
export class Microcache {
  constructor(options: MicrocacheOptions);
  readonly size: number;
  clear(): void;
  handle(req: IncomingMessage, res: ServerResponse): boolean;
}
