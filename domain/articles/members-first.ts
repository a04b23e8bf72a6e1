import { z } from 'zod';
import { formatNewsroomDate } from './newsroom-time';
import type { PublishProblem } from './publish-checks';

/**
 * Members first: a members-only story that opens to everyone some hours after it is published,
 * or at a chosen time. The editor chooses a delay or a time; the story keeps, in
 * articles.opens_to_all_at, the instant it opens, which a job ('open-article') acts on.
 */

/** The job kind that opens a story to everyone at its time (lib/jobs/runner.ts). */
export const OPEN_ARTICLE_JOB = 'open-article';

/** What the editor chose: hours after publication, or a moment (an ISO instant). */
export type OpensToAll = { afterHours: number } | { at: string };

export const MEMBERS_FIRST_DELAYS = [
  { hours: 24, label: '24 hours' },
  { hours: 72, label: '3 days' },
  { hours: 168, label: '7 days' },
] as const;

export const MAX_MEMBERS_FIRST_HOURS = 24 * 365;

const HOUR = 3_600_000;

export const opensToAllSchema = z
  .union([
    z.object({
      afterHours: z
        .number()
        .int()
        .min(1, 'Members first lasts at least an hour.')
        .max(MAX_MEMBERS_FIRST_HOURS, 'Members first lasts at most a year.'),
    }),
    z.object({
      at: z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'Choose the date and time it opens to everyone.'),
    }),
  ])
  .nullable();

/** "24 hours", "3 days", "36 hours". */
export function delayLabel(hours: number): string {
  const preset = MEMBERS_FIRST_DELAYS.find((d) => d.hours === hours);
  if (preset) return preset.label;
  if (hours % 24 === 0) return `${hours / 24} ${hours === 24 ? 'day' : 'days'}`;
  return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
}

/** When a story published at `publishedAt` opens to everyone; null when it is not members first. */
export function opensAtFor(choice: OpensToAll | null, publishedAt: Date | null): Date | null {
  if (!choice) return null;
  if ('at' in choice) return new Date(choice.at);
  return publishedAt ? new Date(publishedAt.getTime() + choice.afterHours * HOUR) : null;
}

/**
 * Before the story has a publication time (a draft), a delay has no instant yet. The column
 * still has to keep it across saves, so a draft's delay is stored as that many hours after the
 * Unix epoch: no real opening time lies before 2000, and no query that readers depend on looks at
 * a draft. Publishing turns it into the real instant.
 */
const RELATIVE_BEFORE = Date.UTC(2000, 0, 1);

/** The column's value for this choice, given the state the save leaves the story in. */
export function storedOpensToAllAt(
  choice: OpensToAll | null,
  state: { status: 'draft' | 'scheduled' | 'published'; publishedAt: Date | null },
): Date | null {
  if (!choice) return null;
  if ('afterHours' in choice && state.status === 'draft') return new Date(choice.afterHours * HOUR);
  return opensAtFor(choice, state.publishedAt);
}

/** The stored instant as a real opening time, or null (not members first, or a draft's delay). */
export function realOpeningTime(stored: Date | null): Date | null {
  return stored && stored.getTime() >= RELATIVE_BEFORE ? stored : null;
}

/** The editor's choice back from the row: a delay when it is one of the usual ones after publication. */
export function opensToAllFromStored(
  access: 'public' | 'members',
  stored: Date | null,
  publishedAt: Date | null,
): OpensToAll | null {
  if (access !== 'members' || !stored) return null;
  if (stored.getTime() < RELATIVE_BEFORE) return { afterHours: Math.max(1, Math.round(stored.getTime() / HOUR)) };
  if (publishedAt) {
    const hours = (stored.getTime() - publishedAt.getTime()) / HOUR;
    if (MEMBERS_FIRST_DELAYS.some((d) => d.hours === hours)) return { afterHours: hours };
  }
  return { at: stored.toISOString() };
}

/**
 * What is wrong with the opening time of a story that is (or is about to be) published or
 * scheduled: it must come after publication, and a time set or moved now must still be ahead.
 */
export function membersFirstProblems({
  choice,
  publishedAt,
  before,
  now,
}: {
  choice: OpensToAll | null;
  publishedAt: Date | null;
  /** The real opening time stored before this save, if any. */
  before: Date | null;
  now: Date;
}): PublishProblem[] {
  const opensAt = opensAtFor(choice, publishedAt);
  if (!opensAt) return [];
  if (publishedAt && opensAt <= publishedAt)
    return [
      {
        field: 'opensToAll',
        message: 'A members-first story opens to everyone after it is published: choose a later time.',
      },
    ];
  if (opensAt <= now && opensAt.getTime() !== before?.getTime())
    return [
      {
        field: 'opensToAll',
        message: 'The time it opens to everyone has passed: choose a later one, or let everyone read it now.',
      },
    ];
  return [];
}

/**
 * The admin list's word for a members-only story: "Members", or "Members first · opens 5 Dec
 * 2026, 09:00" ("… opens 24 hours after publishing" for a draft).
 */
export function accessLabel(
  article: {
    access: 'public' | 'members';
    status: 'draft' | 'scheduled' | 'published';
    opensToAllAt: Date | null;
    publishedAt: Date | null;
  },
  timeZone: string,
): string {
  const choice = opensToAllFromStored(article.access, article.opensToAllAt, article.publishedAt);
  if (!choice) return article.access === 'members' ? 'Members' : 'Everyone';
  if ('afterHours' in choice && article.status === 'draft')
    return `Members first · opens ${delayLabel(choice.afterHours)} after publishing`;
  const opensAt = opensAtFor(choice, article.publishedAt);
  return opensAt ? `Members first · opens ${formatNewsroomDate(opensAt, timeZone)}` : 'Members first';
}
