import 'server-only';
import { asc, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { auditLog, membershipBenefits, membershipFaq, users } from '@/db/schema';
import { DEFAULT_LOCALE, type Locale } from '@/domain/i18n/locales';

/** What membership brings, in the newsroom's order, in one edition (read through the tagged cache). */
export async function listBenefits({ locale = DEFAULT_LOCALE }: { locale?: Locale } = {}): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .select({ text: membershipBenefits.text })
    .from(membershipBenefits)
    .where(eq(membershipBenefits.locale, locale))
    .orderBy(asc(membershipBenefits.position), asc(membershipBenefits.id));
  return rows.map((row) => row.text);
}

/** The questions /membership answers, in one edition (read through the tagged cache). */
export async function listFaq({ locale = DEFAULT_LOCALE }: { locale?: Locale } = {}) {
  const db = await getDb();
  return db
    .select({ question: membershipFaq.question, answer: membershipFaq.answer })
    .from(membershipFaq)
    .where(eq(membershipFaq.locale, locale))
    .orderBy(asc(membershipFaq.position), asc(membershipFaq.id));
}

/** One edition's list with who changed it last, for the admin. */
export async function listBenefitsForAdmin({ locale = DEFAULT_LOCALE }: { locale?: Locale } = {}) {
  const db = await getDb();
  const [benefits, [last]] = await Promise.all([
    listBenefits({ locale }),
    db
      .select({
        updatedAt: membershipBenefits.updatedAt,
        updatedBy: sql<string | null>`coalesce(${users.name}, ${users.email})`,
      })
      .from(membershipBenefits)
      .leftJoin(users, eq(users.id, membershipBenefits.updatedById))
      .where(eq(membershipBenefits.locale, locale))
      .orderBy(desc(membershipBenefits.updatedAt))
      .limit(1),
  ]);
  return { benefits, lastChange: last?.updatedBy ? last : null };
}

/**
 * Replaces one edition's whole list in one transaction, with its audit row: readers never see
 * half a list, and the other editions' lists are untouched.
 */
export async function saveBenefits({
  benefits,
  updatedById,
  locale = DEFAULT_LOCALE,
}: {
  benefits: string[];
  updatedById: string;
  locale?: Locale;
}) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.delete(membershipBenefits).where(eq(membershipBenefits.locale, locale));
    const now = new Date();
    await tx
      .insert(membershipBenefits)
      .values(benefits.map((text, position) => ({ locale, position, text, updatedById, updatedAt: now })));
    await tx
      .insert(auditLog)
      .values({ actorId: updatedById, action: 'benefits.update', details: { locale, benefits } });
  });
}

/** Replaces one edition's questions in one transaction, with its audit row; other editions' stay. */
export async function saveFaq({
  entries,
  updatedById,
  locale = DEFAULT_LOCALE,
}: {
  entries: { question: string; answer: string }[];
  updatedById: string;
  locale?: Locale;
}) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.delete(membershipFaq).where(eq(membershipFaq.locale, locale));
    const now = new Date();
    if (entries.length)
      await tx
        .insert(membershipFaq)
        .values(entries.map((entry, position) => ({ locale, position, ...entry, updatedById, updatedAt: now })));
    await tx.insert(auditLog).values({ actorId: updatedById, action: 'faq.update', details: { locale, entries } });
  });
}
