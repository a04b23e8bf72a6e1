import type { Appeal, AppealPlacement } from '@/db/schema';

/**
 * The asks as the site shows them. No server imports: the admin's live preview renders the same
 * components from the same shapes in the browser.
 */
export type AppealCopy = Pick<
  Appeal,
  'placement' | 'heading' | 'body' | 'buttonLabel' | 'enabled' | 'goalMembers' | 'goalEndsOn'
>;

export const APPEAL_PLACEMENTS = [
  'in-article',
  'end-of-article',
  'banner',
] as const satisfies readonly AppealPlacement[];

export type Appeals = { [P in AppealPlacement]: AppealCopy | null };

export function appealsByPlacement(rows: AppealCopy[]): Appeals {
  const find = (placement: AppealPlacement) => rows.find((row) => row.placement === placement) ?? null;
  return { 'in-article': find('in-article'), 'end-of-article': find('end-of-article'), banner: find('banner') };
}

/** An appeal to show: switched on. A missing or switched-off appeal is not rendered at all. */
export function shownAppeal(appeal: AppealCopy | null): AppealCopy | null {
  return appeal?.enabled ? appeal : null;
}

/** Today's date (YYYY-MM-DD) in the newsroom's time zone: a campaign runs to the end of its last day there. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(now);
}

export type Campaign = { goalMembers: number; endsOn: string };

/** The membership campaign (goal and last day) while it runs, else null. */
export function activeCampaign(banner: AppealCopy | null, today: string): Campaign | null {
  if (!banner?.goalMembers || !banner.goalEndsOn || banner.goalEndsOn < today) return null;
  return { goalMembers: banner.goalMembers, endsOn: banner.goalEndsOn };
}

/** The banner to show: switched on, and its campaign (if it has an end date) not over. */
export function shownBanner(banner: AppealCopy | null, today: string): AppealCopy | null {
  if (!banner?.enabled) return null;
  if (banner.goalEndsOn && banner.goalEndsOn < today) return null;
  return banner;
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "31 December 2026" for "2026-12-31" (a calendar day: no time zone can move it). */
export function formatCampaignDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : dayFormat.format(date);
}

/** Plain text with blank lines (or single line breaks) between paragraphs. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
