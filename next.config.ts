import path from 'node:path';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // PGlite ships its own WASM and data files; bundling it breaks them.
  serverExternalPackages: ['@electric-sql/pglite'],
  // Tests build into their own folder so they never clobber the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // The production server compresses, with Brotli as well as gzip (server/compression.mjs).
  compress: false,
  // Next's file-system ISR cache, serving reader pages without the client runtime they do not
  // use (lib/cache/cache-handler.mjs says why and which pages).
  cacheHandler: path.resolve(import.meta.dirname, 'lib/cache/cache-handler.mjs'),
  experimental: { authInterrupts: true },
  generateEtags: false,
  // Anonymous pages: a shared cache may keep them briefly and serve them stale while the app
  // regenerates (s-maxage comes from each route's `revalidate`).
  expireTime: 86400,
  typescript: { ignoreBuildErrors: true }, // `npm test` typechecks once; the build need not repeat it
  images: {
    formats: ['image/avif', 'image/webp'],
    deviceSizes: [390, 640, 828, 1080, 1280, 1600],
    imageSizes: [96, 160, 320],
  },
};

export default nextConfig;
