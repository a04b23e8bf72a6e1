import 'server-only';
import { aliasedTable, and, asc, desc, eq, gt, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import { getDb, type Database } from '@/db';
import { articles, auditLog, complimentaryGrants, memberNotes, membershipChanges, users } from '@/db/schema';
import type { MemberFilterStatus, MemberRow } from '@/domain/membership/member-status';
import { getComplimentaryUntil, getCurrentMembership, listMembershipsOfUser } from './memberships';
import { memberCtes } from './members-now';

/**
 * The newsroom's view of its members. "Member now" is decided by domain/membership/entitlement.ts;
 * ./members-now.ts says it in SQL so that lists can be filtered and counted in the database, and
 * db/queries/admin-members.test.ts checks that both agree row for row.
 */

export const MEMBERS_PAGE_SIZE = 50;

export type MemberFilter = { q: string; status: MemberFilterStatus; tier: string | null };

const toDate = (value: unknown): Date | null =>
  value === null || value === undefined ? null : value instanceof Date ? value : new Date(String(value));

function filterWhere(ctes: ReturnType<typeof memberCtes>, filter: MemberFilter): SQL | undefined {
  const { current, grants, memberNow } = ctes;
  const byStatus: Record<MemberFilterStatus, SQL | undefined> = {
    member: memberNow,
    past_due: sql`${current.status} = 'past_due'`,
    complimentary: sql`${grants.runningUntil} is not null`,
    cancelled: sql`not ${memberNow} and ${current.status} is distinct from 'incomplete'`,
    all: undefined,
  };
  return and(
    or(isNotNull(current.id), isNotNull(grants.userId)),
    filter.q ? sql`position(${filter.q.toLowerCase()} in lower(${users.email})) > 0` : undefined,
    filter.tier ? eq(current.tier, filter.tier) : undefined,
    byStatus[filter.status],
  );
}

function memberSelection(ctes: ReturnType<typeof memberCtes>) {
  const { current, grants } = ctes;
  return {
    userId: users.id,
    email: users.email,
    membershipId: current.id,
    status: current.status,
    tier: current.tier,
    amount: current.amount,
    currency: current.currency,
    interval: current.interval,
    currentPeriodEnd: current.currentPeriodEnd,
    cancelAtPeriodEnd: current.cancelAtPeriodEnd,
    endedAt: current.endedAt,
    pastDueSince: current.pastDueSince,
    pausedUntil: current.pausedUntil,
    membershipCreatedAt: current.createdAt,
    complimentaryUntil: grants.runningUntil,
    firstGrantedAt: grants.firstGrantedAt,
  };
}

function toRow(row: Record<string, unknown>): MemberRow {
  return {
    ...(row as MemberRow),
    cancelAtPeriodEnd: Boolean(row.cancelAtPeriodEnd),
    complimentaryUntil: toDate(row.complimentaryUntil),
    firstGrantedAt: toDate(row.firstGrantedAt),
    pausedUntil: toDate(row.pausedUntil),
  };
}

async function selectMembers(filter: MemberFilter, now: Date, page: { limit: number; offset: number } | null) {
  const db = await getDb();
  const ctes = memberCtes(db, now);
  const query = db
    .with(ctes.current, ctes.grants)
    .select(memberSelection(ctes))
    .from(users)
    .leftJoin(ctes.current, eq(ctes.current.userId, users.id))
    .leftJoin(ctes.grants, eq(ctes.grants.userId, users.id))
    .where(filterWhere(ctes, filter))
    // Newest first; the user id breaks ties so that pages and the export agree on the order.
    .orderBy(sql`coalesce(${ctes.current.createdAt}, ${ctes.grants.firstGrantedAt}) desc nulls last`, asc(users.id));
  const rows = page ? await query.limit(page.limit).offset(page.offset) : await query;
  return rows.map(toRow);
}

export async function countMembers(filter: MemberFilter, now: Date = new Date()): Promise<number> {
  const db = await getDb();
  const ctes = memberCtes(db, now);
  const [row] = await db
    .with(ctes.current, ctes.grants)
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .leftJoin(ctes.current, eq(ctes.current.userId, users.id))
    .leftJoin(ctes.grants, eq(ctes.grants.userId, users.id))
    .where(filterWhere(ctes, filter));
  return row?.n ?? 0;
}

/** How many readers are members now (the figure /membership shows): each reader once. */
export function countMembersNow({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  return countMembers({ q: '', status: 'member', tier: null }, now);
}

/** One page of /admin/members. */
export async function listMembers({
  filter,
  page,
  now = new Date(),
}: {
  filter: MemberFilter;
  page: number;
  now?: Date;
}) {
  const total = await countMembers(filter, now);
  const pageCount = Math.max(1, Math.ceil(total / MEMBERS_PAGE_SIZE));
  const items = await selectMembers(filter, now, { limit: MEMBERS_PAGE_SIZE, offset: (page - 1) * MEMBERS_PAGE_SIZE });
  return { items, total, page, pageCount };
}

/** Every row the filtered list shows, across all its pages, in the same order (the CSV export). */
export async function listAllMembers({ filter, now = new Date() }: { filter: MemberFilter; now?: Date }) {
  return selectMembers(filter, now, null);
}

/** A reader's account by exact address, so staff can open someone who never joined. */
export async function findAccountByEmail({ email }: { email: string }) {
  const db = await getDb();
  const [row] = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()));
  return row ?? null;
}

/** Everything the member's page shows: account facts, subscriptions and their history, grants, notes. */
export async function getMemberDetail({ userId, now = new Date() }: { userId: string; now?: Date }) {
  const db = await getDb();
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      role: users.role,
      createdAt: users.createdAt,
      stripeCustomerId: users.stripeCustomerId,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) return null;
  const granter = aliasedTable(users, 'granter');
  const author = aliasedTable(users, 'note_author');
  const [subscriptions, current, complimentaryUntil, grants, notes, revocations] = await Promise.all([
    listMembershipsOfUser({ userId }),
    getCurrentMembership({ userId }),
    getComplimentaryUntil({ userId, now }),
    db
      .select({
        id: complimentaryGrants.id,
        endsAt: complimentaryGrants.endsAt,
        reason: complimentaryGrants.reason,
        createdAt: complimentaryGrants.createdAt,
        grantedBy: granter.email,
      })
      .from(complimentaryGrants)
      .leftJoin(granter, eq(granter.id, complimentaryGrants.grantedBy))
      .where(eq(complimentaryGrants.userId, userId))
      .orderBy(desc(complimentaryGrants.createdAt), desc(complimentaryGrants.id)),
    db
      .select({ id: memberNotes.id, body: memberNotes.body, createdAt: memberNotes.createdAt, author: author.email })
      .from(memberNotes)
      .leftJoin(author, eq(author.id, memberNotes.authorId))
      .where(eq(memberNotes.userId, userId))
      .orderBy(desc(memberNotes.createdAt), desc(memberNotes.id)),
    db
      .select({ grantId: sql<string>`${auditLog.details}->>'grantId'`, at: auditLog.createdAt, by: users.email })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(and(eq(auditLog.action, 'members.grant.revoke'), sql`${auditLog.details}->>'userId' = ${userId}`)),
  ]);
  const ids = subscriptions.map((s) => s.id);
  const slugs = [...new Set(subscriptions.flatMap((s) => (s.attributionArticle ? [s.attributionArticle] : [])))];
  const [changes, attributed] = await Promise.all([
    ids.length
      ? db
          .select()
          .from(membershipChanges)
          .where(inArray(membershipChanges.membershipId, ids))
          .orderBy(desc(membershipChanges.createdAt), desc(membershipChanges.id))
      : [],
    slugs.length
      ? db
          .select({ slug: articles.slug, id: articles.id, headline: articles.headline })
          .from(articles)
          .where(inArray(articles.slug, slugs))
      : [],
  ]);
  const revoked = new Map(revocations.map((r) => [Number(r.grantId), { at: r.at, by: r.by }]));
  return {
    user,
    current,
    complimentaryUntil,
    subscriptions: subscriptions.map((s) => ({
      ...s,
      changes: changes.filter((c) => c.membershipId === s.id),
      article: attributed.find((a) => a.slug === s.attributionArticle) ?? null,
    })),
    grants: grants.map((g) => ({ ...g, revoked: revoked.get(g.id) ?? null })),
    notes,
  };
}

export type MemberDetail = NonNullable<Awaited<ReturnType<typeof getMemberDetail>>>;

export async function recordAudit({
  actorId,
  action,
  details,
}: {
  actorId: string;
  action: string;
  details: Record<string, unknown>;
}) {
  const db = await getDb();
  await db.insert(auditLog).values({ actorId, action, details });
}

const exists = async (db: Database, userId: string) =>
  Boolean((await db.select({ id: users.id }).from(users).where(eq(users.id, userId)))[0]);

export async function addMemberNote({
  userId,
  body,
  authorId,
}: {
  userId: string;
  body: string;
  authorId: string;
}): Promise<{ ok: boolean }> {
  const db = await getDb();
  if (!(await exists(db, userId))) return { ok: false };
  await db.insert(memberNotes).values({ userId, body, authorId });
  return { ok: true };
}

/** A complimentary membership until `endsAt`, recorded in the audit log in the same transaction. */
export async function grantComplimentaryMembership({
  userId,
  endsAt,
  reason,
  actorId,
}: {
  userId: string;
  endsAt: Date;
  reason: string;
  actorId: string;
}) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (!(await exists(tx, userId))) return { ok: false as const };
    const [grant] = await tx
      .insert(complimentaryGrants)
      .values({ userId, endsAt, reason, grantedBy: actorId })
      .returning({ id: complimentaryGrants.id });
    await tx.insert(auditLog).values({
      actorId,
      action: 'members.grant',
      details: { userId, grantId: grant?.id, endsAt: endsAt.toISOString(), reason },
    });
    return { ok: true as const };
  });
}

/** Ends a running grant now (the row stays, for the member's history). */
export async function revokeComplimentaryGrant({
  userId,
  grantId,
  actorId,
}: {
  userId: string;
  grantId: number;
  actorId: string;
}) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [ended] = await tx
      .update(complimentaryGrants)
      .set({ endsAt: sql`now()` })
      .where(
        and(
          eq(complimentaryGrants.id, grantId),
          eq(complimentaryGrants.userId, userId),
          gt(complimentaryGrants.endsAt, sql`now()`),
        ),
      )
      .returning({ id: complimentaryGrants.id });
    if (!ended) return { ok: false as const };
    await tx.insert(auditLog).values({ actorId, action: 'members.grant.revoke', details: { userId, grantId } });
    return { ok: true as const };
  });
}
