import 'server-only';
import { asc, desc, eq, inArray, ne } from 'drizzle-orm';
import { getDb } from '@/db';
import { setRoleByEmail, wouldLeaveNoAdmin } from '@/db/account-roles';
import type { UserRole } from '@/domain/auth/permissions';
import { auditLog, sessions, users } from '@/db/schema';

/**
 * Staff accounts: invitations, roles and removal. Every change writes an audit_log row in the
 * same transaction, and none of them may leave the newsroom without an admin.
 */

export type StaffRole = Exclude<UserRole, 'reader'>;

export async function listStaffForAdmin() {
  const db = await getDb();
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      signedInBefore: users.emailVerified,
    })
    .from(users)
    .where(ne(users.role, 'reader'))
    .orderBy(asc(users.email));
}

export type InviteResult =
  { ok: true; userId: string; previousRole: UserRole | null } | { ok: false; reason: 'last-admin' };

/** Creates the account with this role, or gives an existing one the role. */
export async function inviteStaff({
  email,
  role,
  actorId,
}: {
  email: string;
  role: StaffRole;
  actorId: string;
}): Promise<InviteResult> {
  const db = await getDb();
  return db.transaction(async (tx): Promise<InviteResult> => {
    const set = await setRoleByEmail(tx, { email, role });
    if (!set.ok) return set;
    const { userId, previousRole } = set;
    await tx
      .insert(auditLog)
      .values({ actorId, action: 'staff.invite', details: { userId, email, role, previousRole } });
    return { ok: true, userId, previousRole };
  });
}

export type RoleChangeResult =
  { ok: true; email: string; previousRole: UserRole } | { ok: false; reason: 'not-found' | 'last-admin' };

export async function changeStaffRole({
  userId,
  role,
  actorId,
}: {
  userId: string;
  role: StaffRole;
  actorId: string;
}): Promise<RoleChangeResult> {
  const db = await getDb();
  return db.transaction(async (tx): Promise<RoleChangeResult> => {
    const [target] = await tx
      .select({ email: users.email, role: users.role })
      .from(users)
      .where(eq(users.id, userId))
      .for('update');
    if (!target) return { ok: false, reason: 'not-found' };
    if (target.role === role) return { ok: true, email: target.email, previousRole: target.role };
    if (target.role === 'admin' && (await wouldLeaveNoAdmin(tx, userId))) return { ok: false, reason: 'last-admin' };
    await tx.update(users).set({ role }).where(eq(users.id, userId));
    await tx
      .insert(auditLog)
      .values({ actorId, action: 'staff.role', details: { userId, email: target.email, from: target.role, to: role } });
    return { ok: true, email: target.email, previousRole: target.role };
  });
}

export type RemovalResult = { ok: true; email: string } | { ok: false; reason: 'not-found' | 'last-admin' };

/** Takes away newsroom access: the account becomes a reader's and every session of it ends. */
export async function removeStaffAccess({
  userId,
  actorId,
}: {
  userId: string;
  actorId: string;
}): Promise<RemovalResult> {
  const db = await getDb();
  return db.transaction(async (tx): Promise<RemovalResult> => {
    const [target] = await tx
      .select({ email: users.email, role: users.role })
      .from(users)
      .where(eq(users.id, userId))
      .for('update');
    if (!target || target.role === 'reader') return { ok: false, reason: 'not-found' };
    if (target.role === 'admin' && (await wouldLeaveNoAdmin(tx, userId))) return { ok: false, reason: 'last-admin' };
    await tx.update(users).set({ role: 'reader' }).where(eq(users.id, userId));
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await tx
      .insert(auditLog)
      .values({ actorId, action: 'staff.remove', details: { userId, email: target.email, from: target.role } });
    return { ok: true, email: target.email };
  });
}

export const STAFF_AUDIT_ACTIONS = ['staff.invite', 'staff.role', 'staff.remove'] as const;

/** The record of invitations, role changes and removals, newest first. */
export async function listStaffChanges({ limit = 20 }: { limit?: number } = {}) {
  const db = await getDb();
  return db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      details: auditLog.details,
      createdAt: auditLog.createdAt,
      actorEmail: users.email,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(inArray(auditLog.action, [...STAFF_AUDIT_ACTIONS]))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(limit);
}
