import path from 'node:path';
import { z } from 'zod';

/**
 * The one place that reads process.env. Everything else imports `env`.
 * Local runs need nothing: no DATABASE_URL means the embedded Postgres in DATA_DIR.
 */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('.data'),
  SITE_URL: z.string().url().default('http://localhost:3000'),
});

function parseEnv() {
  const parsed = schema.safeParse({
    ...process.env,
    DATABASE_URL: process.env.DATABASE_URL || undefined,
    DATA_DIR: process.env.DATA_DIR || undefined,
    SITE_URL: process.env.SITE_URL || undefined,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`The environment is not valid:\n  ${problems.join('\n  ')}`);
  }
  const values = parsed.data;
  return {
    ...values,
    DATA_DIR: path.resolve(values.DATA_DIR),
    SITE_URL: values.SITE_URL.replace(/\/$/, ''),
  };
}

export const env = parseEnv();
