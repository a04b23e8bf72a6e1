import crypto from 'node:crypto';
import { authSecret } from '@/lib/env';

/**
 * The server's own timer calls the job route with this token, so that jobs run inside a request
 * (where Next's cache can be revalidated) even when no reader visits the site.
 */
export function jobRunnerToken(): string {
  return crypto.createHmac('sha256', authSecret()).update('job-runner').digest('base64url');
}

export function isJobRunnerToken(value: string | null): boolean {
  if (!value) return false;
  const expected = Buffer.from(jobRunnerToken());
  const given = Buffer.from(value);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}
