import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { millisecondsFrom, Shutdown } from './shutdown.mjs';

type Answer = { status: number; body: string; connection: string | undefined };

const servers: http.Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.closeAllConnections();
});

/**
 * A server like server/main.mjs's: the Shutdown's hook first, then the app, which answers
 * /slow after `slowMs` and anything else at once.
 */
async function start({ delayMs = 0, timeoutMs = 5000, slowMs = 300 } = {}) {
  const exits: number[] = [];
  const server = http.createServer();
  const shutdown = new Shutdown(server, { delayMs, timeoutMs, exit: (code) => exits.push(code) });
  server.on('request', (req, res) => {
    if (shutdown.handle(req, res)) return;
    if (req.url === '/slow') setTimeout(() => res.end('slow done'), slowMs);
    else res.end(req.url === '/api/health' ? '{"ok":true}' : 'ok');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  const get = (path: string) =>
    new Promise<Answer>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path, agent }, (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body, connection: res.headers.connection }));
        })
        .on('error', reject);
    });
  const closed = new Promise<void>((resolve) => server.on('close', resolve));
  return { shutdown, get, exits, closed, agent };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('shutting down', () => {
  it('finishes the request in flight, then stops listening and exits once', async () => {
    const { shutdown, get, exits, closed, agent } = await start();
    expect((await get('/')).connection).toBe('keep-alive');
    const inFlight = get('/slow');
    await sleep(50);
    shutdown.begin();
    shutdown.begin();
    expect(await inFlight).toEqual({ status: 200, body: 'slow done', connection: 'close' });
    await closed;
    expect(exits).toEqual([0]);
    // Nobody is listening any more: a new connection is refused, not left hanging.
    agent.destroy();
    await expect(get('/')).rejects.toThrow(/ECONNREFUSED/);
  });

  it('during the delay, tells the balancer through health and keeps answering everyone else', async () => {
    const { shutdown, get, exits, closed } = await start({ delayMs: 400 });
    expect(await get('/api/health')).toMatchObject({ status: 200 });
    shutdown.begin();
    expect(await get('/api/health')).toEqual({
      status: 503,
      body: JSON.stringify({ ok: false, error: 'shutting down' }),
      connection: 'close',
    });
    expect(await get('/page')).toEqual({ status: 200, body: 'ok', connection: 'close' });
    expect(exits).toEqual([]);
    await closed;
    expect(exits).toEqual([0]);
  });

  it('leaves after its timeout even if a request never ends', async () => {
    const { shutdown, get, exits } = await start({ timeoutMs: 200, slowMs: 60_000 });
    const hung = get('/slow').catch((error: Error) => error);
    await sleep(50);
    shutdown.begin();
    await sleep(400);
    expect(exits).toContain(0);
    expect(await hung).toBeInstanceOf(Error);
  });
});

describe('shutdown settings', () => {
  it('are whole milliseconds, with a clear refusal otherwise', () => {
    expect(millisecondsFrom(undefined, 7, 'SHUTDOWN_DELAY_MS')).toBe(7);
    expect(millisecondsFrom('1500', 7, 'SHUTDOWN_DELAY_MS')).toBe(1500);
    expect(() => millisecondsFrom('1.5s', 7, 'SHUTDOWN_DELAY_MS')).toThrow(
      'SHUTDOWN_DELAY_MS must be a whole number of milliseconds, not “1.5s”.',
    );
  });
});
