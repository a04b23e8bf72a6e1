import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { appeals, users, type AppealPlacement } from '@/db/schema';

const copyColumns = {
  placement: appeals.placement,
  heading: appeals.heading,
  body: appeals.body,
  buttonLabel: appeals.buttonLabel,
  enabled: appeals.enabled,
  goalMembers: appeals.goalMembers,
  goalEndsOn: appeals.goalEndsOn,
};

/** The three asks as readers see them (the site reads this through the tagged cache). */
export async function listAppeals() {
  const db = await getDb();
  return db.select(copyColumns).from(appeals).orderBy(asc(appeals.placement));
}

/** The asks with who changed them last, for the admin. */
export async function listAppealsForAdmin() {
  const db = await getDb();
  return db
    .select({
      ...copyColumns,
      updatedAt: appeals.updatedAt,
      updatedBy: sql<string | null>`coalesce(${users.name}, ${users.email})`,
    })
    .from(appeals)
    .leftJoin(users, eq(users.id, appeals.updatedById))
    .orderBy(asc(appeals.placement));
}

export type AppealChange = {
  placement: AppealPlacement;
  heading: string;
  body: string;
  buttonLabel: string;
  enabled: boolean;
  goalMembers: number | null;
  goalEndsOn: string | null;
  updatedById: string;
};

/** Writes one placement's copy, creating the row if the seed never ran. */
export async function saveAppeal(change: AppealChange) {
  const db = await getDb();
  const { placement, ...fields } = change;
  await db
    .insert(appeals)
    .values({ placement, ...fields, updatedAt: new Date() })
    .onConflictDoUpdate({ target: appeals.placement, set: { ...fields, updatedAt: new Date() } });
}
