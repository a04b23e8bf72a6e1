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
    // Type-aware: a promise nobody awaits or hands to a callback that ignores it loses its
    // error; an assertion the types already prove hides the next real change of type.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
    },
  },
  {
    // The reader's site links with plain <a>: a cached page loads faster than next/link's
    // viewport prefetches cost the server (dozens of RSC requests per front-page view), and the
    // page then ships no link JavaScript.
    files: [
      'app/?edition?/**',
      'app/*.tsx',
      'app/(staff)/*.tsx',
      'components/*.tsx',
      'components/pages/**',
      'components/listings/**',
      'components/newsletters/**',
    ],
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  // Layers (see ARCHITECTURE.md). A later block's no-restricted-imports replaces an earlier
  // one's for the same file, so each folder lists all it may not import.
  {
    files: ['domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@/*',
                '!@/domain',
                '!@/domain/*',
                'next',
                'next/*',
                'next-auth',
                'next-auth/*',
                'react',
                'react-dom',
                'server-only',
                'stripe',
                'node:*',
                'drizzle-orm',
                'drizzle-orm/*',
                '@electric-sql/*',
                'pg',
              ],
              message:
                'domain/ is pure rules: no Next, React, database, filesystem or network, and nothing outside domain/.',
            },
          ],
        },
      ],
    },
  },
  {
    // db/ is schema, client and row-level queries. Besides domain/ it may read its settings
    // (lib/env) and wake the job runner (lib/jobs/due-hint): both are platform adapters.
    files: ['db/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(@/lib/(?!env$|jobs/due-hint$)|@/(components|features|app)/|next(/|$)|react$)',
              message:
                'db/ imports only domain/ (and the env and job-hint adapters); orchestration and text for people belong in features/ or lib/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**', 'features/**', 'lib/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/app/*'],
              message:
                'app/ holds routes only: import actions from features/ and shared parts from components/ or lib/.',
            },
          ],
        },
      ],
    },
  },
  // Dot-files are scratch (and outside tsconfig, so the type-aware rules cannot read them).
  {
    ignores: [
      '**/.*',
      '.next/**',
      '.next-*/**',
      '.data*/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
      'db/migrations/**',
    ],
  },
];

export default config;
