import { env } from '@/lib/env';

/** Database sessions live 30 days and slide: each day of use pushes the end out again. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
export const SESSION_UPDATE_AGE_SECONDS = 24 * 60 * 60;

/** The names Auth.js uses; next.config.ts and proxy.ts choose the signed-in variant by them. */
export const SESSION_COOKIE_NAMES = ['authjs.session-token', '__Secure-authjs.session-token'] as const;

export function sessionCookie() {
  return {
    name: env.isProduction ? '__Secure-authjs.session-token' : 'authjs.session-token',
    options: {
      httpOnly: true,
      sameSite: 'lax' as const,
      path: '/',
      secure: env.isProduction,
      maxAge: SESSION_MAX_AGE_SECONDS,
    },
  };
}
