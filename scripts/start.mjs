// @ts-check
/**
 * `npm start` and `npm run dev` run this: it compiles scripts/start.ts (with what it imports from
 * the project; packages stay in node_modules) into one plain JavaScript file and runs that.
 *
 * Why not `tsx scripts/start.ts`: the launcher stays up as long as the site does, and a
 * TypeScript loader in it would cost about 60 MB for nothing (tsx's loader thread ~47 MB and its
 * esbuild service ~12 MB; measured with bench/memory.ts). esbuild compiles the launcher in a few
 * tens of milliseconds, so it is compiled on every start and never stale.
 */
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.join(root, 'node_modules', '.cache', 'ridgeline-start');

await esbuild.build({
  entryPoints: [path.join(root, 'scripts', 'start.ts')],
  outdir,
  outExtension: { '.js': '.mjs' },
  // What start.ts imports lazily (database preparation, the stand-in) stays in chunks of its own,
  // loaded only when needed, packages and all: one file would load sharp and Stripe's SDK at once.
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  tsconfig: path.join(root, 'tsconfig.json'),
  logLevel: 'warning',
  plugins: [
    {
      // Each module keeps its own import.meta: the launcher finds its siblings (prepare-database.ts,
      // server/main.mjs) by it, and a module's "am I the program?" check must not see the bundle.
      name: 'source-import-meta',
      setup(build) {
        build.onLoad({ filter: /\.[cm]?ts$/ }, (args) => {
          if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
          const source = fs.readFileSync(args.path, 'utf8');
          return {
            loader: 'ts',
            contents: source
              .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(args.path)))
              .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
          };
        });
      },
    },
  ],
});
// esbuild's service process would otherwise stay for the launcher's lifetime.
await esbuild.stop();

await import(pathToFileURL(path.join(outdir, 'start.mjs')).href);
