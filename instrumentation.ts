/** Runs once when the server starts; the work is Node-only (lib/server-start.ts). */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { onServerStart } = await import('./lib/server-start');
    await onServerStart();
  }
}
