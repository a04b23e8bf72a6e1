import { membersFirstProblems, realOpeningTime, storedOpensToAllAt } from './members-first';
import { publishProblems, type PublishProblem } from './publish-checks';
import type { ArticleSnapshot } from './snapshot';

/**
 * The editorial workflow of one story, as rules: what a save asking to publish, schedule,
 * unpublish, restore or submit does to its state, and when it is refused. No I/O: the service in
 * features/articles/ reads and writes the rows around it.
 */

export const ARTICLE_STATUSES = ['draft', 'scheduled', 'published'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export type Transition =
  | { kind: 'save' }
  | { kind: 'publish' }
  | { kind: 'schedule'; at: Date }
  | { kind: 'unpublish' }
  | { kind: 'restore'; revisionId: number }
  | { kind: 'submit' };

/** A story's state as the workflow reads and moves it. */
export type ArticleState = {
  status: ArticleStatus;
  publishedAt: Date | null;
  updatedAt: Date | null;
  submittedAt: Date | null;
  /** Members first: when it opens to everyone (domain/articles/members-first.ts says how it is kept). */
  opensToAllAt: Date | null;
};

type Contents = Pick<ArticleSnapshot, 'headline' | 'standfirst' | 'body'>;

export type RevisionEvent = 'save' | 'publish' | 'schedule' | 'unpublish' | 'restore';

export type TransitionPlan =
  | { ok: false; problems: PublishProblem[] }
  | {
      ok: true;
      state: ArticleState;
      /** The transition that happens: a plain save when a draft asked to go public but is not ready. */
      effective: Transition;
      /** Readers could see the story before this save. */
      wasPublic: boolean;
      /** Why a draft that asked to go public stayed a draft. */
      stillNeeds: PublishProblem[];
      /** The revision this save keeps, if it keeps one. */
      revision: RevisionEvent | null;
    };

/**
 * A draft that is not ready to go public is still saved, as a draft, with what it needs; a
 * published or scheduled story that is not ready is refused and left exactly as readers have it.
 * Publishing, scheduling, unpublishing and restoring keep a revision, as does every save of a
 * published story.
 */
export function planTransition({
  current,
  currentContents,
  next,
  transition,
  now,
}: {
  current: ArticleState;
  currentContents: Contents;
  next: ArticleSnapshot;
  transition: Transition;
  now: Date;
}): TransitionPlan {
  const goingPublic = transition.kind === 'publish' || transition.kind === 'schedule';
  const choice = next.access === 'members' ? next.opensToAll : null;
  const checked = goingPublic || current.status !== 'draft';
  const target = moved(current, transition, now);
  const stillNeeds = checked
    ? [
        ...publishProblems(next),
        ...(target.status === 'draft'
          ? []
          : membersFirstProblems({
              choice,
              publishedAt: target.publishedAt,
              before: realOpeningTime(current.opensToAllAt),
              now,
            })),
      ]
    : [];
  if (stillNeeds.length && current.status !== 'draft') return { ok: false, problems: stillNeeds };
  // What was typed before "Publish now" is kept even when the story cannot go out yet.
  const effective: Transition = stillNeeds.length ? { kind: 'save' } : transition;

  const wasPublic = current.status === 'published' && current.publishedAt !== null && current.publishedAt <= now;
  const after = stillNeeds.length ? moved(current, effective, now) : target;
  const { status, publishedAt } = after;
  let { updatedAt } = after;
  const contentChanged =
    currentContents.headline !== next.headline ||
    currentContents.standfirst !== next.standfirst ||
    JSON.stringify(currentContents.body) !== JSON.stringify(next.body);
  if (wasPublic && status === 'published' && contentChanged && effective.kind !== 'publish') updatedAt = now;

  const submittedAt = effective.kind === 'submit' ? now : status === 'draft' ? current.submittedAt : null;
  const event: RevisionEvent = effective.kind === 'submit' ? 'save' : effective.kind;
  const revision = event !== 'save' || status === 'published' ? event : null;
  const opensToAllAt = storedOpensToAllAt(choice, { status, publishedAt });
  return {
    ok: true,
    state: { status, publishedAt, updatedAt, submittedAt, opensToAllAt },
    effective,
    wasPublic,
    stillNeeds,
    revision,
  };
}

/** Where a transition leaves the story's status and publication time. */
function moved(
  current: ArticleState,
  transition: Transition,
  now: Date,
): Pick<ArticleState, 'status' | 'publishedAt' | 'updatedAt'> {
  let { status, publishedAt, updatedAt } = current;
  switch (transition.kind) {
    case 'publish':
      status = 'published';
      if (!publishedAt || current.status === 'scheduled' || publishedAt > now) publishedAt = now;
      else updatedAt = now; // back after being unpublished: same story, updated
      break;
    case 'schedule':
      status = 'scheduled';
      publishedAt = transition.at;
      break;
    case 'unpublish':
      status = 'draft';
      break;
    default:
      break;
  }
  return { status, publishedAt, updatedAt };
}

/** Who holds an address already: another story, or another story's old address. */
export type AddressOwner = { headline: string; oldAddress: boolean };

export function addressTaken(slug: string, owner: AddressOwner): PublishProblem {
  const name = `${owner.headline || 'an untitled draft'}${owner.oldAddress ? ' (its old address)' : ''}`;
  return { field: 'slug', message: `The address /articles/${slug} is taken by “${name}”. Choose another.` };
}
