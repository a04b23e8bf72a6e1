import { eq } from 'drizzle-orm';
import type { Database } from './client';
import type { UserRole } from '@/domain/auth/permissions';
import { users } from './schema';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * True when taking `userId`'s admin role away (or their account) would leave no admin. The
 * admins' rows are locked first, so two admins removing each other at once cannot both succeed.
 * Every path that demotes or deletes an account asks this, inside its own transaction: the
 * newsroom's pages (db/queries/staff.ts, users.ts) and `npm run user` (scripts/user.ts), which
 * is why this file lives outside db/queries' server-only wall.
 */
export async function wouldLeaveNoAdmin(tx: Tx, userId: string) {
  const admins = await tx.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).for('update');
  return admins.every((admin) => admin.id === userId);
}

export type RoleSetting =
  | { ok: true; userId: string; email: string; role: UserRole; previousRole: UserRole | null }
  | { ok: false; reason: 'last-admin' };

/**
 * Creates the account with this role, or gives an existing one the role; never demotes the last
 * admin. Runs inside the caller's transaction (the admin's invitation adds its audit row there).
 */
export async function setRoleByEmail(tx: Tx, { email, role }: { email: string; role: UserRole }): Promise<RoleSetting> {
  const [existing] = await tx
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(eq(users.email, email))
    .for('update');
  if (existing?.role === 'admin' && role !== 'admin' && (await wouldLeaveNoAdmin(tx, existing.id)))
    return { ok: false, reason: 'last-admin' };
  const [row] = await tx
    .insert(users)
    .values({ email, role })
    .onConflictDoUpdate({ target: users.email, set: { role } })
    .returning({ id: users.id, email: users.email, role: users.role });
  if (!row) throw new Error(`could not create or update the account of ${email}`);
  return { ok: true, userId: row.id, email: row.email, role: row.role, previousRole: existing?.role ?? null };
}
