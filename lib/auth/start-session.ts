import 'server-only';
import { cookies } from 'next/headers';
import type { SignedIn } from './sign-in';
import { sessionCookie } from './session-cookie';

/** Sets the session cookie Auth.js reads for a session we created. */
export async function setSessionCookie(signedIn: SignedIn) {
  const { name, options } = sessionCookie();
  (await cookies()).set(name, signedIn.sessionToken, { ...options, expires: signedIn.expires });
}

/** Holds the nonce of the sign-in this browser asked for: only this browser may type its code. */
export const PENDING_SIGN_IN_COOKIE = 'signin-pending';
