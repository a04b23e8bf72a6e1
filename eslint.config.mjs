import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import drizzle from 'eslint-plugin-drizzle';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    plugins: { drizzle },
    rules: {
      // An UPDATE or DELETE without WHERE is never what we mean on the shared db handle.
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
    },
  },
  {
    // The reader's site links with plain <a>: a cached page loads faster than next/link's
    // viewport prefetches cost the server (dozens of RSC requests per front-page view), and the
    // page then ships no link JavaScript.
    files: ['app/(site)/**', 'app/signed-in/**', 'app/*.tsx', 'components/*.tsx', 'components/pages/**', 'components/listings/**'],
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  { ignores: ['.next/**', '.next-*/**', '.data*/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'db/migrations/**'] },
];

export default config;
