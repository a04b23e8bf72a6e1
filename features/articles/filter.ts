import { z } from 'zod';
import type { AdminArticleFilter } from '@/db/queries/admin-articles';
import { param, type SearchParams } from '@/lib/search-params';
import { localeSchema } from '@/domain/i18n/locale-schema';

/** The articles list's query string (?q=&status=&language=&section=&author=&page=), read like the members list's. */

export const ARTICLE_LIST_STATUSES = [
  { value: 'draft', label: 'Draft' },
  { value: 'submitted', label: 'Submitted' },
  { value: 'scheduled', label: 'Scheduled' },
  { value: 'published', label: 'Published' },
] as const;

type ListStatus = (typeof ARTICLE_LIST_STATUSES)[number]['value'];
const STATUS_VALUES = ARTICLE_LIST_STATUSES.map((s) => s.value) as [ListStatus, ...ListStatus[]];

const id = z.coerce.number().int().min(1).optional().catch(undefined);
const schema = z.object({
  q: z
    .string()
    .transform((q) => q.slice(0, 200))
    .optional()
    .catch(undefined),
  status: z.enum(STATUS_VALUES).optional().catch(undefined),
  language: localeSchema.optional().catch(undefined),
  section: id,
  author: id,
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

/** Anything unexpected falls back to the default (every article, page 1). */
export function parseArticleQuery(params: SearchParams): AdminArticleFilter & { page: number } {
  const parsed = schema.parse({
    q: param(params, 'q'),
    status: param(params, 'status'),
    language: param(params, 'language'),
    section: param(params, 'section'),
    author: param(params, 'author'),
    page: param(params, 'page'),
  });
  return {
    q: parsed.q,
    status: parsed.status,
    language: parsed.language,
    sectionId: parsed.section,
    authorId: parsed.author,
    page: parsed.page,
  };
}

export function articleQueryString(filter: AdminArticleFilter, page = 1): string {
  const params = new URLSearchParams();
  if (filter.status) params.set('status', filter.status);
  if (filter.language) params.set('language', filter.language);
  if (filter.sectionId) params.set('section', String(filter.sectionId));
  if (filter.authorId) params.set('author', String(filter.authorId));
  if (filter.q) params.set('q', filter.q);
  if (page > 1) params.set('page', String(page));
  return params.toString();
}
