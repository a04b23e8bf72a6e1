import { register } from 'node:module';

/**
 * For a plain Node process (tsx) that runs the app's server code outside Next: `server-only`
 * resolves to its empty module, as it does in Next's server bundle, instead of throwing.
 * Use: node --import tsx --import ./test/server-code.mjs <script.ts>
 */
register(
  `data:text/javascript,${encodeURIComponent(`
    export async function resolve(specifier, context, next) {
      if (specifier === 'server-only') return next(specifier, { ...context, conditions: [...context.conditions, 'react-server'] });
      return next(specifier, context);
    }`)}`,
  import.meta.url,
);
