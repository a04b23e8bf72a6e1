/**
 * Runs once when the server starts. A production configuration (https SITE_URL) that lacks a
 * required setting stops here with a sentence naming what is missing.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { missingProductionSettings } = await import('./lib/env');
  const missing = missingProductionSettings();
  if (missing) throw new Error(`${missing} Set it and start again; see README.md, "Production environment".`);
}
