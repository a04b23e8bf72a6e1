import { vi } from 'vitest';
import { can, type Permission, type UserRole } from '@/domain/auth/permissions';
import type { Viewer } from '@/domain/auth/viewer';

/**
 * A stand-in for `@/lib/auth/viewer` in unit tests of server actions:
 * `vi.mock('@/lib/auth/viewer', () => import('@/test/viewer-standin'))`, then `callAs(...)`.
 * authorize applies the real rule (domain/auth/permissions.ts) to whoever callAs named.
 */
let current: Viewer = { kind: 'anonymous' };

export function reader(role: UserRole = 'reader', extra: Partial<Extract<Viewer, { kind: 'signed-in' }>> = {}): Viewer {
  return {
    kind: 'signed-in',
    userId: `${role}-1`,
    email: `${role}@example.org`,
    name: null,
    role,
    membership: null,
    complimentaryUntil: null,
    asOf: new Date(),
    ...extra,
  };
}

export function callAs(viewer: Viewer) {
  current = viewer;
}

export const getViewer = vi.fn(async () => current);

export const authorize = vi.fn(async (permission?: Permission) => {
  if (current.kind !== 'signed-in')
    return { ok: false as const, status: 401 as const, message: 'Please sign in first.' };
  if (permission && !can(current.role, permission))
    return { ok: false as const, status: 403 as const, message: 'Your account is not allowed to do that.' };
  return { ok: true as const, viewer: current };
});

/** As the real one: a route handler's answer to a refused caller. */
export function refusalResponse(refusal: { status: 401 | 403; message: string }): Response {
  return Response.json({ error: refusal.message }, { status: refusal.status });
}

/** The callers a staff action must refuse: no one, a signed-in reader, and the role just below the least one allowed. */
export const refusedCallers = (tooLow: UserRole) => [
  { who: 'an anonymous visitor', viewer: { kind: 'anonymous' } as Viewer, message: 'Please sign in first.' },
  ...(tooLow === 'reader'
    ? []
    : [{ who: 'a signed-in reader', viewer: reader('reader'), message: 'Your account is not allowed to do that.' }]),
  { who: `a ${tooLow}`, viewer: reader(tooLow), message: 'Your account is not allowed to do that.' },
];

export function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) data.append(name, one);
  return data;
}
