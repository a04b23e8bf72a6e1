import path from 'node:path';

/**
 * How to start the production server (server/main.mjs) on a port: the command `npm start`, the
 * browser tests and the benchmarks share, so all three run what production runs.
 */
export function productionServer(
  port: string | number,
  env: NodeJS.ProcessEnv = process.env,
): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
  return {
    command: process.execPath,
    args: [path.join(import.meta.dirname, 'main.mjs')],
    env: { ...env, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' },
  };
}
