import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { appeals, users, type AppealPlacement } from '@/db/schema';
import { DEFAULT_LOCALE, type Locale } from '@/domain/i18n/locales';

const copyColumns = {
  placement: appeals.placement,
  heading: appeals.heading,
  body: appeals.body,
  buttonLabel: appeals.buttonLabel,
  enabled: appeals.enabled,
  goalMembers: appeals.goalMembers,
  goalEndsOn: appeals.goalEndsOn,
};

/** One edition's three asks as readers see them (the site reads this through the tagged cache). */
export async function listAppeals({ locale = DEFAULT_LOCALE }: { locale?: Locale } = {}) {
  const db = await getDb();
  return db.select(copyColumns).from(appeals).where(eq(appeals.locale, locale)).orderBy(asc(appeals.placement));
}

/** One edition's asks with who changed them last, for the admin. */
export async function listAppealsForAdmin({ locale = DEFAULT_LOCALE }: { locale?: Locale } = {}) {
  const db = await getDb();
  return db
    .select({
      ...copyColumns,
      updatedAt: appeals.updatedAt,
      updatedBy: sql<string | null>`coalesce(${users.name}, ${users.email})`,
    })
    .from(appeals)
    .leftJoin(users, eq(users.id, appeals.updatedById))
    .where(eq(appeals.locale, locale))
    .orderBy(asc(appeals.placement));
}

export type AppealChange = {
  placement: AppealPlacement;
  locale?: Locale;
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
  const { placement, locale = DEFAULT_LOCALE, ...fields } = change;
  await db
    .insert(appeals)
    .values({ placement, locale, ...fields, updatedAt: new Date() })
    .onConflictDoUpdate({ target: [appeals.placement, appeals.locale], set: { ...fields, updatedAt: new Date() } });
}
