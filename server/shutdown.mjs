// @ts-check
/**
 * Leaving without dropping a request, so that a rolling restart behind a load balancer loses
 * none. On SIGTERM an instance:
 *
 * 1. says so: `/api/health` answers 503 at once (a balancer with health checks stops sending new
 *    requests), and every answer from now on carries `Connection: close`, so that clients and
 *    proxies stop reusing their keep-alive connections to it;
 * 2. keeps serving for `delayMs` (SHUTDOWN_DELAY_MS, default 0: a developer's Ctrl-C or a
 *    `kill` should not wait), time for the balancer to notice;
 * 3. stops listening, closes the connections that are idle, lets the requests in flight finish
 *    (each connection closes after its answer) and exits once none is left, or after
 *    `timeoutMs` (SHUTDOWN_TIMEOUT_MS, default 10 s) whatever is still open.
 *
 * SIGINT skips the delay. Plain JavaScript, like the rest of server/.
 */

/** The health route the balancer asks (app/api/health/route.ts). */
export const HEALTH_PATH = '/api/health';

export class Shutdown {
  /** @type {import('node:http').Server} */
  #server;
  #delayMs;
  #timeoutMs;
  /** @type {(code: number) => void} */
  #exit;
  draining = false;
  /** Answers not yet sent: told to close their connection when draining begins. */
  /** @type {Set<import('node:http').ServerResponse>} */
  #open = new Set();

  /**
   * @param {import('node:http').Server} server
   * @param {{ delayMs?: number; timeoutMs?: number; exit?: (code: number) => void }} [options]
   */
  constructor(server, { delayMs = 0, timeoutMs = 10_000, exit = (code) => process.exit(code) } = {}) {
    this.#server = server;
    this.#delayMs = delayMs;
    this.#timeoutMs = timeoutMs;
    this.#exit = exit;
  }

  /**
   * Called first for every request. While draining, marks the answer `Connection: close`, and
   * answers the health check itself (503); returns whether it answered.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  handle(req, res) {
    if (!this.draining) {
      this.#open.add(res);
      res.on('close', () => this.#open.delete(res));
      return false;
    }
    res.setHeader('connection', 'close');
    const path = (req.url ?? '').split('?')[0];
    if (path !== HEALTH_PATH) return false;
    res.writeHead(503, { 'content-type': 'application/json', 'cache-control': 'no-store', 'retry-after': '1' });
    res.end(JSON.stringify({ ok: false, error: 'shutting down' }));
    return true;
  }

  /**
   * Starts leaving; a second call (another signal) changes nothing.
   * @param {{ delayMs?: number }} [options]
   */
  begin({ delayMs = this.#delayMs } = {}) {
    if (this.draining) return;
    this.draining = true;
    for (const res of this.#open) if (!res.headersSent) res.setHeader('connection', 'close');
    this.#open.clear();
    const close = () => {
      // Node's close() stops listening and ends idle keep-alive connections; the busy ones end
      // after their answer, which carries Connection: close. The callback runs when none is left.
      this.#server.close(() => this.#exit(0));
      this.#server.closeIdleConnections();
      setTimeout(() => {
        console.error(`Still serving after ${this.#timeoutMs} ms of shutting down: closing what is left.`);
        this.#server.closeAllConnections();
        this.#exit(0);
      }, this.#timeoutMs).unref();
    };
    if (delayMs > 0) setTimeout(close, delayMs);
    else close();
  }

  /** SIGTERM drains with the delay, SIGINT (Ctrl-C) without. */
  listen() {
    process.on('SIGTERM', () => this.begin());
    process.on('SIGINT', () => this.begin({ delayMs: 0 }));
  }
}

/**
 * A whole number of milliseconds from the environment, or the fallback when unset.
 * @param {string | undefined} value
 * @param {number} fallback
 * @param {string} name
 */
export function millisecondsFrom(value, fallback, name) {
  if (value === undefined || value === '') return fallback;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 0)
    throw new Error(`${name} must be a whole number of milliseconds, not “${value}”.`);
  return ms;
}
