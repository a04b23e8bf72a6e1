/** A request body past the route's limit; route handlers answer 413. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The request body is larger than ${limit} bytes.`);
    this.name = 'BodyTooLargeError';
  }
}

/**
 * Reads a request's body, at most `limit` bytes. A declared Content-Length over the limit is
 * refused before a byte is read; the stream itself is counted too and cancelled the moment it
 * passes the limit, so a missing or lying Content-Length (or chunked encoding) cannot make the
 * server hold more than `limit` bytes. `request.text()` and friends have no such bound.
 */
export async function readBodyBytes(request: Request, { limit }: { limit: number }): Promise<Buffer> {
  const declared = request.headers.get('content-length');
  if (declared !== null && !(Number(declared) <= limit)) throw new BodyTooLargeError(limit);
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

/** The body as UTF-8 text, as `request.text()` gives it, within the same bound. */
export async function readBodyText(request: Request, options: { limit: number }): Promise<string> {
  return (await readBodyBytes(request, options)).toString('utf8');
}
