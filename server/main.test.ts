import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { SESSION_COOKIE_NAMES } from '@/lib/auth/session-cookie';
import { PEER_HEADER as CAPTURED_MAIL_PEER_HEADER, mayReadCapturedMail } from '@/lib/mail/captured-mail-access';
import { clientAddress, SOCKET_ADDRESS_HEADER as REQUEST_IP_SOCKET_HEADER } from '@/lib/auth/request-ip';
import { keepConnectionsAlive, markPeer, PEER_HEADER, SESSION_COOKIES, SOCKET_ADDRESS_HEADER } from './main.mjs';

describe('the production server', () => {
  it('knows the session cookies by the names Auth.js sets', () => {
    expect([...SESSION_COOKIES].sort()).toEqual([...SESSION_COOKIE_NAMES].sort());
  });
});

describe('keep-alive connections', () => {
  it('stay open well past Node’s 5 s, so a client reusing one after a pause gets an answer, not a reset', async () => {
    const server = http.createServer((_req, res) => res.end('ok'));
    keepConnectionsAlive(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const get = () =>
      new Promise<{ body: string; reused: boolean }>((resolve, reject) => {
        const req = http.get({ host: '127.0.0.1', port, agent, path: '/' }, (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ body, reused: req.reusedSocket }));
        });
        req.on('error', reject);
      });
    try {
      expect(await get()).toEqual({ body: 'ok', reused: false });
      await new Promise((resolve) => setTimeout(resolve, 9_000));
      // With Node's default the server has closed the socket by now, and the reuse fails.
      expect(await get()).toEqual({ body: 'ok', reused: true });
    } finally {
      agent.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('which requests the server marks as coming from this machine', () => {
  const request = (remoteAddress: string | undefined, headers: Record<string, string> = {}) =>
    ({ headers: { ...headers }, socket: { remoteAddress } }) as unknown as import('node:http').IncomingMessage;

  it('marks loopback sockets, IPv4 and IPv6', () => {
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) {
      const req = request(address);
      markPeer(req);
      expect(req.headers[PEER_HEADER]).toBe('loopback');
    }
  });

  it('removes a mark the client sent itself, from any other address', () => {
    for (const address of ['203.0.113.9', '::ffff:10.0.0.2', '10.127.0.1', undefined]) {
      const req = request(address, { [PEER_HEADER]: 'loopback' });
      markPeer(req);
      expect(req.headers[PEER_HEADER]).toBeUndefined();
    }
  });

  it('uses the header names the captured-mail pages and the rate limits read', () => {
    expect(PEER_HEADER).toBe(CAPTURED_MAIL_PEER_HEADER);
    expect(SOCKET_ADDRESS_HEADER).toBe(REQUEST_IP_SOCKET_HEADER);
  });

  it('passes on the socket address, never one the client wrote', () => {
    const req = request('::ffff:203.0.113.9', { [SOCKET_ADDRESS_HEADER]: '10.0.0.1' });
    markPeer(req);
    expect(req.headers[SOCKET_ADDRESS_HEADER]).toBe('203.0.113.9');
  });
});

describe("the client's address for rate limits", () => {
  it('is the socket with no trusted proxy, whatever X-Forwarded-For says', () => {
    expect(clientAddress({ forwardedFor: '1.2.3.4', socketAddress: '203.0.113.9', trustedProxies: 0 })).toBe(
      '203.0.113.9',
    );
  });

  it('is the entry our proxy added, not the ones the client wrote before it', () => {
    // nginx's proxy_add_x_forwarded_for appends the client's address to whatever it sent.
    expect(
      clientAddress({
        forwardedFor: 'spoofed-1, spoofed-2, 198.51.100.7',
        socketAddress: '127.0.0.1',
        trustedProxies: 1,
      }),
    ).toBe('198.51.100.7');
    expect(
      clientAddress({ forwardedFor: 'spoofed, 198.51.100.7, 10.0.0.2', socketAddress: '10.0.0.3', trustedProxies: 2 }),
    ).toBe('198.51.100.7');
  });

  it('falls back to the nearest address when there are fewer entries than proxies', () => {
    expect(clientAddress({ forwardedFor: null, socketAddress: '10.0.0.3', trustedProxies: 2 })).toBe('10.0.0.3');
  });
});

describe('who may read captured mail', () => {
  const local = { captureMail: true, isProduction: false };
  it('is a loopback request to a local run that captures mail', () => {
    expect(mayReadCapturedMail({ ...local, peer: 'loopback', dev: false })).toBe(true);
  });
  it('is never a request from another machine, or a production configuration', () => {
    expect(mayReadCapturedMail({ ...local, peer: null, dev: false })).toBe(false);
    expect(mayReadCapturedMail({ captureMail: true, isProduction: true, peer: 'loopback', dev: true })).toBe(false);
    expect(mayReadCapturedMail({ captureMail: false, isProduction: false, peer: 'loopback', dev: false })).toBe(false);
  });
});
