import { z } from 'zod';
import type { MemberFilter } from '@/db/queries/admin-members';
import { MEMBER_FILTERS, type MemberFilterStatus } from '@/domain/membership/member-status';
import { TIERS } from '@/domain/membership/tiers';
import { param, type SearchParams } from '@/lib/search-params';

/** The list's query string (?q=&status=&tier=&page=), read the same way by the page and the export. */

export const TIER_OPTIONS = [
  ...TIERS.map((t) => ({ value: t.key, label: t.name })),
  { value: 'custom', label: 'Own amount' },
];

const STATUSES = MEMBER_FILTERS.map((f) => f.value) as [MemberFilterStatus, ...MemberFilterStatus[]];
const TIER_KEYS = TIER_OPTIONS.map((t) => t.value) as [string, ...string[]];

const schema = z.object({
  q: z.string().trim().max(200).catch(''),
  status: z.enum(STATUSES).catch('member'),
  tier: z.enum(TIER_KEYS).nullable().catch(null),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

/** Anything unexpected falls back to the default (members now, every tier, page 1). */
export function parseMemberQuery(params: SearchParams): { filter: MemberFilter; page: number } {
  const parsed = schema.parse({
    q: param(params, 'q') ?? '',
    status: param(params, 'status'),
    tier: param(params, 'tier') || null,
    page: param(params, 'page'),
  });
  return { filter: { q: parsed.q, status: parsed.status, tier: parsed.tier }, page: parsed.page };
}

export function memberQueryString(filter: MemberFilter, page = 1): string {
  const params = new URLSearchParams();
  if (filter.q) params.set('q', filter.q);
  params.set('status', filter.status);
  if (filter.tier) params.set('tier', filter.tier);
  if (page > 1) params.set('page', String(page));
  return params.toString();
}
