import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // Query modules guard against client bundles with `server-only`; tests are server code.
      'server-only': path.resolve(import.meta.dirname, 'test/server-only.ts'),
    },
  },
  test: {
    include: ['{domain,features,lib,db,components,app,scripts,server}/**/*.test.ts', 'stripe-standin/**/*.test.ts'],
    environment: 'node',
    // Captured mail and the local auth secret go to a scratch folder, not the developer's .data.
    env: { DATA_DIR: path.join(os.tmpdir(), `newsroom-vitest-${process.pid}`), SMTP_URL: '' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PGlite instances are heavy; two files at a time suits a 2-core machine.
    maxWorkers: 2,
  },
});
