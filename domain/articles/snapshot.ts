import { z } from 'zod';
import type { BodyDoc } from '@/domain/articles/body-doc';

import { SLUG_PATTERN } from '@/domain/slug';
import { opensToAllSchema, type OpensToAll } from './members-first';

export { slugify } from '@/domain/slug';

/**
 * Everything an editor can change about an article, as one value: what the editor form holds,
 * what a save writes, and what a revision keeps.
 */
export type ArticleSnapshot = {
  headline: string;
  standfirst: string;
  slug: string;
  body: BodyDoc;
  sectionId: number | null;
  regionId: number | null;
  access: 'public' | 'members';
  /** Members first: when a members-only story opens to everyone (null: it stays as access says). */
  opensToAll: OpensToAll | null;
  /** In byline order. */
  authorIds: number[];
  /** Tag names; new names create tags. */
  tags: string[];
  leadImageUrl: string | null;
  leadImageAlt: string;
  leadImageCaption: string;
  leadImageCredit: string;
  editorsNote: string;
  seoTitle: string;
  seoDescription: string;
  /** The newsletter it is emailed to when published, or (emailOnly) the one it is an issue of. */
  newsletterId: number | null;
  /** An issue written here that is only emailed: never on the site, in search or in feeds. */
  emailOnly: boolean;
};

/** Lengths search engines show; the editor counts against them. */
export const SEO_TITLE_MAX = 60;
export const SEO_DESCRIPTION_MAX = 160;

const text = (max: number, label: string) => z.string().trim().max(max, `${label} can be at most ${max} characters.`);

/** The fields as they arrive from the editor (the body is checked separately by parseBodyDoc). */
export const snapshotFieldsSchema = z.object({
  headline: text(200, 'The headline'),
  standfirst: text(600, 'The standfirst'),
  slug: z
    .string()
    .trim()
    .max(120, 'The address can be at most 120 characters.')
    .refine(
      (s) => s === '' || SLUG_PATTERN.test(s),
      'Use lower-case letters, digits and single hyphens in the address, e.g. talks-resume-in-yerevan.',
    ),
  sectionId: z.number().int().positive().nullable(),
  regionId: z.number().int().positive().nullable(),
  access: z.enum(['public', 'members']),
  opensToAll: opensToAllSchema.default(null),
  authorIds: z.array(z.number().int().positive()).max(12, 'At most 12 authors.'),
  tags: z.array(text(60, 'A tag').min(1, 'A tag cannot be empty.')).max(20, 'At most 20 tags.'),
  leadImageUrl: z
    .string()
    .trim()
    .max(500)
    .refine((s) => s.startsWith('/') && !s.startsWith('//'), 'The lead image must be an uploaded image.')
    .nullable(),
  leadImageAlt: text(300, 'The alt text'),
  leadImageCaption: text(500, 'The caption'),
  leadImageCredit: text(120, 'The credit'),
  editorsNote: text(600, 'The editor’s note'),
  seoTitle: text(120, 'The SEO title'),
  seoDescription: text(320, 'The SEO description'),
  // Defaults: a browser backup written before these fields existed still parses.
  newsletterId: z.number().int().positive().nullable().default(null),
  emailOnly: z.boolean().default(false),
});

export function emptySnapshot(): ArticleSnapshot {
  return {
    headline: '',
    standfirst: '',
    slug: '',
    body: { type: 'doc', content: [{ type: 'paragraph' }] },
    sectionId: null,
    regionId: null,
    access: 'public',
    opensToAll: null,
    authorIds: [],
    tags: [],
    leadImageUrl: null,
    leadImageAlt: '',
    leadImageCaption: '',
    leadImageCredit: '',
    editorsNote: '',
    seoTitle: '',
    seoDescription: '',
    newsletterId: null,
    emailOnly: false,
  };
}

/** Reads a stored revision snapshot, tolerating fields added since it was written. */
export function snapshotFromStored(stored: Record<string, unknown>): ArticleSnapshot {
  return { ...emptySnapshot(), ...(stored as Partial<ArticleSnapshot>) };
}

export function sameSnapshot(a: ArticleSnapshot, b: ArticleSnapshot): boolean {
  return JSON.stringify(normalised(a)) === JSON.stringify(normalised(b));
}

function normalised(s: ArticleSnapshot) {
  const keys = Object.keys(emptySnapshot()) as (keyof ArticleSnapshot)[];
  return keys.map((k) => [k, s[k]]);
}
