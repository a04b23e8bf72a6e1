import { describe, expect, it } from 'vitest';
import { SESSION_COOKIE_NAMES } from '@/lib/auth/session-cookie';
import { PEER_HEADER as CAPTURED_MAIL_PEER_HEADER, mayReadCapturedMail } from '@/lib/mail/captured-mail-access';
import { markPeer, PEER_HEADER, SESSION_COOKIES } from './main.mjs';

describe('the production server', () => {
  it('knows the session cookies by the names Auth.js sets', () => {
    expect([...SESSION_COOKIES].sort()).toEqual([...SESSION_COOKIE_NAMES].sort());
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

  it('uses the header name the captured-mail pages read', () => {
    expect(PEER_HEADER).toBe(CAPTURED_MAIL_PEER_HEADER);
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
