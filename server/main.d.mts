/** Types for main.mjs. */
export const SESSION_COOKIES: string[];
export const PEER_HEADER: string;
export const SOCKET_ADDRESS_HEADER: string;
export function markPeer(req: import('node:http').IncomingMessage): void;
export const KEEP_ALIVE_MS: number;
export function keepConnectionsAlive(server: import('node:http').Server): void;
