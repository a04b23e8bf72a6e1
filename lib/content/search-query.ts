import { SEARCH_QUERY_MAX } from '@/db/queries/search';
import { firstValue } from '@/lib/search-params';

export type SearchRequest =
  | { kind: 'empty' }
  | { kind: 'too-short'; query: string }
  | { kind: 'no-words'; query: string }
  | { kind: 'search'; query: string; page: number; truncated: boolean };

/**
 * Turns whatever arrived in ?q= and ?page= into something safe to search for, or into the reason
 * we will not search. Any string is acceptable input; none of them may cause an error.
 */
export function parseSearchRequest(rawQuery: unknown, rawPage: unknown): SearchRequest {
  const text = firstValue(rawQuery) ?? '';
  // Drop control characters (including NUL, which Postgres rejects) and fold whitespace.
  const cleaned = text.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!cleaned) return { kind: 'empty' };
  const truncated = cleaned.length > SEARCH_QUERY_MAX;
  const query = cleaned.slice(0, SEARCH_QUERY_MAX);
  if (!/[\p{L}\p{N}]/u.test(query)) return { kind: 'no-words', query };
  if (query.replace(/[^\p{L}\p{N}]/gu, '').length < 2) return { kind: 'too-short', query };
  const pageText = firstValue(rawPage);
  const page = typeof pageText === 'string' && /^[1-9]\d{0,3}$/.test(pageText) ? Number(pageText) : 1;
  return { kind: 'search', query, page, truncated };
}
