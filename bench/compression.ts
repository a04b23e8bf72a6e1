import http from 'node:http';
import { pathToFileURL } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { firstArticlePath, startServer } from './server';

/**
 * Bytes a reader downloads for a page (server/compression.mjs): uncompressed, gzip, and Brotli
 * twice: the first answer for a page's bytes (quality 5, while quality 11 is made in the
 * background) and a later one (quality 11, once the microcache's second is over). bench/pages.ts
 * prints these for the article and home; on its own it starts a server of the last build:
 *   npx tsx bench/compression.ts            (BENCH_COMPRESSION_PORT, default 3302)
 */
const MICROCACHE_SECOND_MS = 1200;

/** The body as it comes off the wire (fetch would decode it) and its coding. */
function rawAnswer(base: string, pagePath: string, acceptEncoding: string): Promise<{ coding: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(base + pagePath, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ coding: String(res.headers['content-encoding'] ?? 'identity'), body: Buffer.concat(chunks) }),
        );
      })
      .on('error', reject);
  });
}

function decoded({ coding, body }: { coding: string; body: Buffer }): string {
  return (coding === 'br' ? brotliDecompressSync(body) : coding === 'gzip' ? gunzipSync(body) : body).toString();
}

const saving = (smaller: number, larger: number) => Math.round((1 - smaller / larger) * 100);

/**
 * Measure before anything else asks for the page in Brotli, or the first answer is not the
 * first. Returns a table row and the sentence to print.
 */
export async function compressionFigures(
  base: string,
  name: string,
  pagePath: string,
): Promise<{ row: Record<string, string | number>; line: string }> {
  const first = await rawAnswer(base, pagePath, 'gzip, deflate, br');
  const gzipThen = await rawAnswer(base, pagePath, 'gzip');
  // Later answers: until two in a row are the same size (a page Next regenerates on its first
  // request changes once, and its new bytes are quality 5 once more).
  let later = first;
  for (let i = 0; i < 8; i++) {
    await new Promise((resolve) => setTimeout(resolve, MICROCACHE_SECOND_MS));
    const next = await rawAnswer(base, pagePath, 'gzip, deflate, br');
    const settled = next.body.length === later.body.length && i > 0;
    later = next;
    if (settled) break;
  }
  const identity = await rawAnswer(base, pagePath, 'identity');
  const gzip = await rawAnswer(base, pagePath, 'gzip');
  const same =
    decoded(first) === decoded(gzipThen) &&
    decoded(later) === decoded(gzip) &&
    decoded(later) === identity.body.toString();
  const row = {
    page: `${name} ${pagePath}`,
    'uncompressed B': identity.body.length,
    'gzip B': gzip.body.length,
    'br first B': first.body.length,
    'br later B': later.body.length,
    'br first vs gzip': `${saving(first.body.length, gzipThen.body.length)}% smaller`,
    'br later vs gzip': `${saving(later.body.length, gzip.body.length)}% smaller`,
  };
  const line =
    `brotli saves ${saving(later.body.length, gzip.body.length)}% vs gzip on ${pagePath} ` +
    `(${later.body.length} B vs ${gzip.body.length} B; the first answer, quality 5: ${saving(first.body.length, gzipThen.body.length)}%)` +
    (same ? '' : ' (the page changed while it was measured: run again)');
  return { row, line };
}

async function main() {
  const { server, base } = await startServer(Number(process.env.BENCH_COMPRESSION_PORT ?? 3302));
  try {
    const article = await firstArticlePath(base);
    const figures = [await compressionFigures(base, 'article', article), await compressionFigures(base, 'home', '/')];
    console.log('Bytes a reader downloads (Accept-Encoding: identity / gzip / br, first and later answers):');
    console.table(figures.map((f) => f.row));
    for (const f of figures) console.log(f.line);
  } finally {
    server.kill('SIGTERM');
  }
}

// Run on its own (not imported by bench/pages.ts).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
