import 'server-only';
import crypto from 'node:crypto';
import { getDb, type Database } from '@/db';
import {
  addressOwner,
  findArticleIssue,
  findRevision,
  insertRevision,
  isPlaceholderSlug,
  latestRevision,
  lockArticle,
  moveAddress,
  namesFrom,
  openJobKey,
  publishJobKey,
  replaceBylineAndTags,
  snapshotOf,
  updateArticleRow,
  userDisplayName,
  type ArticleIssue,
} from '@/db/queries/admin-articles';
import { cancelPendingJob, enqueueJob, refreshJobClock } from '@/db/queries/jobs';
import type { Article } from '@/db/schema';
import { diffSnapshots, type FieldChange } from '@/domain/articles/diff';
import { emailChoiceProblem, newsletterToSend } from '@/domain/articles/email-choice';
import { OPEN_ARTICLE_JOB, opensToAllFromStored, realOpeningTime } from '@/domain/articles/members-first';
import type { PublishProblem } from '@/domain/articles/publish-checks';
import { sameSnapshot, slugify, type ArticleSnapshot } from '@/domain/articles/snapshot';
import { addressTaken, planTransition, type ArticleStatus, type Transition } from '@/domain/articles/transitions';
import { startIssueSend } from '@/lib/newsletters/sending';
import { getNewsroom } from '@/lib/newsroom';

/**
 * Saving a story: the editorial workflow (domain/articles/transitions.ts) around the rows it
 * reads and writes (db/queries/admin-articles.ts), in one transaction under the story's lock.
 */

export type SaveOutcome =
  | {
      ok: true;
      version: number;
      slug: string;
      status: ArticleStatus;
      editedAt: Date;
      publishedAt: Date | null;
      oldSlug: string | null;
      wasPublic: boolean;
      /** A draft asked to publish or schedule that lacks something readers need: saved as a draft, and why it did not go public. */
      stillNeeds: PublishProblem[];
      /** The issue the story was emailed as (this save or an earlier one), or null. */
      issue: ArticleIssue | null;
      /** This save started the email's send. */
      emailedNow: boolean;
      emailOnly: boolean;
    }
  | { ok: false; reason: 'missing' }
  | {
      ok: false;
      reason: 'conflict';
      theirs: { version: number; editedAt: Date; editedBy: string | null; snapshot: ArticleSnapshot };
      changes: FieldChange[];
    }
  | { ok: false; reason: 'invalid'; problems: PublishProblem[] };

/** The address to store: the one typed, or one made from the headline and kept unique. */
async function resolveAddress(
  tx: Database,
  snapshot: ArticleSnapshot,
  current: Article,
): Promise<{ slug: string } | { problem: PublishProblem }> {
  if (snapshot.slug) {
    const owner = await addressOwner(tx, snapshot.slug, current.id);
    return owner ? { problem: addressTaken(snapshot.slug, owner) } : { slug: snapshot.slug };
  }
  const base = slugify(snapshot.headline);
  if (!base) return { slug: current.slug };
  for (let n = 1; n < 50; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (candidate === current.slug || !(await addressOwner(tx, candidate, current.id))) return { slug: candidate };
  }
  return { slug: `${base}-${crypto.randomBytes(3).toString('hex')}` };
}

/** Someone saved since this save's version: their version and how it differs, never applied over. */
async function conflictWith(tx: Database, current: Article, snapshot: ArticleSnapshot): Promise<SaveOutcome> {
  const theirs = await snapshotOf(tx, current);
  return {
    ok: false,
    reason: 'conflict',
    theirs: {
      version: current.version,
      editedAt: current.editedAt,
      editedBy: await userDisplayName(tx, current.editedById),
      snapshot: theirs,
    },
    // An address left to follow the headline is not a difference.
    changes: diffSnapshots(
      theirs,
      { ...snapshot, slug: snapshot.slug || theirs.slug },
      { ...(await namesFrom(tx)), timeZone: getNewsroom().timeZone },
    ),
  };
}

/** A restore brings back a revision's contents, keeping first what is there now unless the history has it. */
async function restoredSnapshot(
  tx: Database,
  current: Article,
  revisionId: number,
  userId: string,
): Promise<ArticleSnapshot | null> {
  const revision = await findRevision(tx, { articleId: current.id, revisionId });
  if (!revision) return null;
  const [latest, present] = await Promise.all([latestRevision(tx, current.id), snapshotOf(tx, current)]);
  if (!latest || !sameSnapshot(latest, present))
    await insertRevision(tx, { articleId: current.id, event: 'save', snapshot: present, authorId: userId });
  // The address stays: readers' links point at the current one. So does the email choice: it is
  // not text, and once emailed it is a record of what was sent. Members first is a schedule, not
  // text either: restoring words never locks a story again that has opened, nor moves its opening.
  const keepsAccess = revision.opensToAll !== null || present.opensToAll !== null;
  return {
    ...revision,
    slug: present.slug,
    newsletterId: present.newsletterId,
    emailOnly: present.emailOnly,
    ...(keepsAccess ? { access: present.access, opensToAll: present.opensToAll } : {}),
  };
}

/** When a published or scheduled members-first story opens to everyone: the time its job runs. */
function pendingOpening(article: {
  status: ArticleStatus;
  access: 'public' | 'members';
  opensToAllAt: Date | null;
}): Date | null {
  if (article.status === 'draft' || article.access !== 'members') return null;
  return realOpeningTime(article.opensToAllAt);
}

/**
 * Writes an article as one step: a save that started from an older version than the one stored
 * is refused (the caller shows both versions). Publishing, scheduling, unpublishing and
 * restoring are saves with a change of state (planTransition says what each does).
 */
export async function writeArticle({
  id,
  baseVersion,
  snapshot,
  userId,
  transition,
  now = new Date(),
}: {
  id: number;
  baseVersion: number;
  snapshot: ArticleSnapshot;
  userId: string;
  transition: Transition;
  now?: Date;
}): Promise<SaveOutcome> {
  const db = await getDb();
  // Only a scheduled story has a pending job; plain saves (autosave, every 1.5 s) leave the queue alone.
  let queueChanged = false;
  const outcome = await db.transaction(async (tx): Promise<SaveOutcome> => {
    const current = await lockArticle(tx, id);
    if (!current) return { ok: false, reason: 'missing' };
    if (current.version !== baseVersion) return conflictWith(tx, current, snapshot);

    // Members first is a kind of members-only: a story everyone may read has no time to open.
    let next = snapshot.access === 'members' ? snapshot : { ...snapshot, opensToAll: null };
    if (transition.kind === 'restore') {
      const restored = await restoredSnapshot(tx, current, transition.revisionId, userId);
      if (!restored) return { ok: false, reason: 'missing' };
      next = restored;
    }
    const resolved = await resolveAddress(tx, next, current);
    if ('problem' in resolved) return { ok: false, reason: 'invalid', problems: [resolved.problem] };
    next = { ...next, slug: isPlaceholderSlug(resolved.slug) ? '' : resolved.slug };

    const issueBefore = await findArticleIssue(tx, id);
    const emailProblem = emailChoiceProblem({
      status: current.status,
      emailed: issueBefore !== null,
      current,
      next,
      transition,
    });
    if (emailProblem) return { ok: false, reason: 'invalid', problems: [emailProblem] };

    const plan = planTransition({ current, currentContents: current, next, transition, now });
    if (!plan.ok) return { ok: false, reason: 'invalid', problems: plan.problems };
    const { state, effective } = plan;

    const saved = await updateArticleRow(tx, {
      id,
      baseVersion,
      snapshot: next,
      slug: resolved.slug,
      state,
      userId,
      now,
    });
    await replaceBylineAndTags(tx, id, next);
    // A published story's old address keeps working; a new address it used to have is its own again.
    const oldSlug =
      current.slug !== resolved.slug && current.publishedAt !== null && !isPlaceholderSlug(current.slug)
        ? current.slug
        : null;
    await moveAddress(tx, { id, oldSlug, slug: resolved.slug });

    if (effective.kind === 'schedule') {
      await enqueueJob({
        db: tx,
        kind: 'publish-article',
        key: publishJobKey(id),
        payload: { articleId: id },
        runAt: effective.at,
      });
      queueChanged = true;
    } else if (current.status === 'scheduled' && state.status !== 'scheduled') {
      await cancelPendingJob({ db: tx, key: publishJobKey(id) });
      queueChanged = true;
    }
    // Members first: one pending job per story, at the time it opens; moved or dropped with it.
    const openingBefore = pendingOpening(current);
    const openingAfter = pendingOpening({ ...state, access: next.access });
    if (openingAfter && openingAfter.getTime() !== openingBefore?.getTime()) {
      await enqueueJob({
        db: tx,
        kind: OPEN_ARTICLE_JOB,
        key: openJobKey(id),
        payload: { articleId: id },
        runAt: openingAfter,
      });
      queueChanged = true;
    } else if (!openingAfter && openingBefore) {
      await cancelPendingJob({ db: tx, key: openJobKey(id) });
      queueChanged = true;
    }
    // The revision keeps the choice as the row now reads it (a delay is a time once published).
    next = { ...next, opensToAll: opensToAllFromStored(saved.access, saved.opensToAllAt, saved.publishedAt) };
    if (plan.revision)
      await insertRevision(tx, {
        articleId: id,
        event: plan.revision,
        snapshot: { ...next, slug: resolved.slug },
        authorId: userId,
      });

    // Emailed as it goes live, in the same transaction: a publish that fails sends nothing, and
    // a story is emailed once however often it is published.
    const newsletterId = newsletterToSend({
      publishing: effective.kind === 'publish',
      emailed: issueBefore !== null,
      next,
    });
    if (newsletterId !== null) {
      await startIssueSend({ db: tx, articleId: id, newsletterId });
      queueChanged = true;
    }

    return {
      ok: true,
      version: saved.version,
      slug: saved.slug,
      status: saved.status,
      editedAt: saved.editedAt,
      publishedAt: saved.publishedAt,
      oldSlug,
      wasPublic: plan.wasPublic,
      stillNeeds: plan.stillNeeds,
      issue: newsletterId !== null ? await findArticleIssue(tx, id) : issueBefore,
      emailedNow: newsletterId !== null,
      emailOnly: saved.emailOnly,
    };
  });
  // The job clock learns of a moved queue once the change is committed.
  if (outcome.ok && queueChanged) await refreshJobClock();
  return outcome;
}
