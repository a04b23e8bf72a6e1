/** Types for shutdown.mjs (plain JavaScript: the production server runs without a compiler). */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export const HEALTH_PATH: string;
export class Shutdown {
  constructor(server: Server, options?: { delayMs?: number; timeoutMs?: number; exit?: (code: number) => void });
  draining: boolean;
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  begin(options?: { delayMs?: number }): void;
  listen(): void;
}
export function millisecondsFrom(value: string | undefined, fallback: number, name: string): number;
