import 'server-only';
import { DrizzleAdapter } from '@auth/drizzle-adapter';
import NextAuth from 'next-auth';
import { getDb } from '@/db';
import { accounts, sessions, users, verificationTokens } from '@/db/schema';
import { authSecret, env } from '@/lib/env';
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from './session-cookie';

/**
 * Auth.js keeps the sessions: database sessions through the Drizzle adapter, read by `auth()`,
 * ended by `signOut()`. Signing in is ours (lib/auth/sign-in.ts): an emailed link that only a
 * button press consumes, and a 6-digit code, neither of which Auth.js's email provider offers.
 */
export const { auth, signOut } = NextAuth(async () => ({
  adapter: DrizzleAdapter(await getDb(), {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  }),
  providers: [],
  session: { strategy: 'database', maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
  secret: authSecret(),
  useSecureCookies: env.isProduction,
  trustHost: true,
  pages: { signIn: '/signin', error: '/signin' },
  callbacks: {
    // Hand out the user's id only; lib/auth/viewer.ts loads what a page may know.
    session: ({ session, user }) => ({ expires: session.expires, user: { id: user.id, email: user.email } }),
  },
}));
