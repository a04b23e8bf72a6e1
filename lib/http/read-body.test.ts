import { describe, expect, it } from 'vitest';
import { BodyTooLargeError, readBodyText } from './read-body';

const KB = 1024;

/** A body that sends `chunks` chunks of `size` bytes, counting how many were pulled. */
function streamOf({ chunks, size }: { chunks: number; size: number }) {
  const pulled = { count: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.count === chunks) return controller.close();
      pulled.count++;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
    cancel() {
      pulled.cancelled = true;
    },
  });
  return { body, pulled };
}

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request('http://app.test/hook', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

describe('reading a request body with a limit', () => {
  it('returns a body within the limit as text', async () => {
    expect(await readBodyText(post('{"ok":"ünïcode"}'), { limit: KB })).toBe('{"ok":"ünïcode"}');
    const { body } = streamOf({ chunks: 4, size: 256 });
    expect(await readBodyText(post(body), { limit: KB })).toHaveLength(KB);
  });

  it('refuses a declared Content-Length over the limit without reading the body', async () => {
    const { body, pulled } = streamOf({ chunks: 1000, size: KB });
    await expect(
      readBodyText(post(body, { 'content-length': String(1000 * KB) }), { limit: KB }),
    ).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(pulled.count).toBeLessThanOrEqual(1); // a stream may pre-fill one chunk; nothing is read
  });

  it('stops reading a chunked body the moment it passes the limit', async () => {
    const { body, pulled } = streamOf({ chunks: 150 * 1024, size: KB }); // 150 MB if read to the end
    await expect(readBodyText(post(body), { limit: 64 * KB })).rejects.toThrow('larger than 65536 bytes');
    expect(pulled.count).toBeLessThanOrEqual(66);
    expect(pulled.cancelled).toBe(true);
  });

  it('does not trust a Content-Length that understates the body', async () => {
    const { body, pulled } = streamOf({ chunks: 1000, size: KB });
    await expect(readBodyText(post(body, { 'content-length': '10' }), { limit: 8 * KB })).rejects.toBeInstanceOf(
      BodyTooLargeError,
    );
    expect(pulled.count).toBeLessThanOrEqual(10);
  });

  it('refuses a Content-Length that is not a number', async () => {
    await expect(readBodyText(post('x', { 'content-length': 'lots' }), { limit: KB })).rejects.toBeInstanceOf(
      BodyTooLargeError,
    );
  });
});
