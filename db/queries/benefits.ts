import 'server-only';
import { asc, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { auditLog, membershipBenefits, users } from '@/db/schema';

/** What membership brings, in the newsroom's order (the site reads this through the tagged cache). */
export async function listBenefits(): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .select({ text: membershipBenefits.text })
    .from(membershipBenefits)
    .orderBy(asc(membershipBenefits.position), asc(membershipBenefits.id));
  return rows.map((row) => row.text);
}

/** The list with who changed it last, for the admin. */
export async function listBenefitsForAdmin() {
  const db = await getDb();
  const [benefits, [last]] = await Promise.all([
    listBenefits(),
    db
      .select({
        updatedAt: membershipBenefits.updatedAt,
        updatedBy: sql<string | null>`coalesce(${users.name}, ${users.email})`,
      })
      .from(membershipBenefits)
      .leftJoin(users, eq(users.id, membershipBenefits.updatedById))
      .orderBy(desc(membershipBenefits.updatedAt))
      .limit(1),
  ]);
  return { benefits, lastChange: last?.updatedBy ? last : null };
}

/** Replaces the whole list in one transaction, with its audit row: readers never see half a list. */
export async function saveBenefits({ benefits, updatedById }: { benefits: string[]; updatedById: string }) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    // The whole list is replaced: every row goes.
    await tx.delete(membershipBenefits).where(sql`true`);
    const now = new Date();
    await tx
      .insert(membershipBenefits)
      .values(benefits.map((text, position) => ({ position, text, updatedById, updatedAt: now })));
    await tx.insert(auditLog).values({ actorId: updatedById, action: 'benefits.update', details: { benefits } });
  });
}
