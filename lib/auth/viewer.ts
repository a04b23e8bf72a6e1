import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { getComplimentaryUntil, getCurrentMembership } from '@/db/queries/memberships';
import { getUserById } from '@/db/queries/users';
import { membershipNow } from '@/lib/membership/clock';
import { auth } from './auth';
import { can, type Permission } from '@/domain/auth/permissions';
import type { Viewer } from '@/domain/auth/viewer';
import { editionOf, localePath } from '@/lib/i18n/paths';

/**
 * "Who is calling and what may they do": the one server-side answer. Every personal page,
 * server action and route handler starts here; proxy.ts only picks a page variant.
 */
export const getViewer = cache(async (): Promise<Viewer> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return { kind: 'anonymous' };
  const asOf = await membershipNow();
  const [user, membership, complimentaryUntil] = await Promise.all([
    getUserById({ id: userId }),
    getCurrentMembership({ userId }),
    getComplimentaryUntil({ userId, now: asOf }),
  ]);
  if (!user) return { kind: 'anonymous' };
  return {
    kind: 'signed-in',
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    membership: membership
      ? { status: membership.status, pastDueSince: membership.pastDueSince, pausedUntil: membership.pausedUntil }
      : null,
    complimentaryUntil,
    asOf,
  };
});

export type SignedInViewer = Extract<Viewer, { kind: 'signed-in' }>;

/** For pages: an anonymous visitor is sent to sign in and brought back here afterwards. */
export async function requireSignedIn(callbackUrl: string): Promise<SignedInViewer> {
  const viewer = await getViewer();
  // Signing in happens in the edition of the page the reader is going to.
  const signIn = localePath(editionOf(callbackUrl).edition, '/signin');
  if (viewer.kind !== 'signed-in') redirect(`${signIn}?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  return viewer;
}

/** For staff pages: sign in first; a signed-in reader without the permission gets a 403. */
export async function requirePermission(permission: Permission, callbackUrl: string): Promise<SignedInViewer> {
  const viewer = await requireSignedIn(callbackUrl);
  if (!can(viewer.role, permission)) forbidden();
  return viewer;
}

export type ActionRefusal = { ok: false; status: 401 | 403; message: string };

/** For server actions and route handlers: the caller, or the reason they are refused. */
export async function authorize(
  permission?: Permission,
): Promise<{ ok: true; viewer: SignedInViewer } | ActionRefusal> {
  const viewer = await getViewer();
  if (viewer.kind !== 'signed-in') return { ok: false, status: 401, message: 'Please sign in first.' };
  if (permission && !can(viewer.role, permission))
    return { ok: false, status: 403, message: 'Your account is not allowed to do that.' };
  return { ok: true, viewer };
}

/** A route handler's answer to a refused caller: the status, and the sentence in `{ error }`. */
export function refusalResponse(refusal: ActionRefusal): Response {
  return Response.json({ error: refusal.message }, { status: refusal.status });
}
