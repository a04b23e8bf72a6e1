import { eq } from 'drizzle-orm';
import type { Database } from './client';
import { users } from './schema';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * True when taking `userId`'s admin role away (or their account) would leave no admin. The
 * admins' rows are locked first, so two admins removing each other at once cannot both succeed.
 * Every path that demotes or deletes an account asks this, inside its own transaction: the
 * newsroom's pages (db/queries/staff.ts, users.ts) and `npm run user` (scripts/user.ts), which
 * is why it lives outside db/queries' server-only wall.
 */
export async function wouldLeaveNoAdmin(tx: Tx, userId: string) {
  const admins = await tx.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).for('update');
  return admins.every((admin) => admin.id === userId);
}
