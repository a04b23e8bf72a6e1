import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { SLUG_PATTERN } from '@/domain/slug';
import { localeSchema } from '@/domain/i18n/locale-schema';
import { DEFAULT_LOCALE } from '@/domain/i18n/locales';
import { NEWSLETTER_AUDIENCES, SCHEDULE_TIME, WEEKDAYS } from '@/domain/newsletters/newsletters';

/** Reads the demo newsroom's Markdown files (format: content/README.md). */

const slug = z.string().regex(SLUG_PATTERN, 'a slug is lower-case words joined by hyphens');

const articleFrontMatter = z.object({
  headline: z.string().min(1),
  standfirst: z.string().min(1),
  section: slug,
  region: slug,
  tags: z.array(z.string().min(1)).default([]),
  authors: z.array(slug).min(1),
  publishedAt: z.coerce.date(),
  updatedAt: z.coerce.date().optional(),
  access: z.enum(['public', 'members']).default('public'),
  image: z.object({ file: z.string(), alt: z.string().min(1), caption: z.string(), credit: z.string() }),
  editorsNote: z.string().optional(),
  seoTitle: z.string().max(70).optional(),
  seoDescription: z.string().max(200).optional(),
  formerSlugs: z.array(slug).default([]),
  /** Minutes of a generated recording to attach (lib/content/demo-recording.ts). */
  audioMinutes: z.number().int().min(1).max(180).optional(),
  /** In another edition's folder: the slug of the default-language story this translates. */
  translationOf: slug.optional(),
});

const authorFrontMatter = z.object({ name: z.string().min(1), role: z.string().default(''), photo: z.string() });
/** An author in another edition's folder: the same slug, their name, role and bio in its language. */
const authorTranslationFrontMatter = z.object({ name: z.string().min(1), role: z.string().default('') });

export type ArticleFile = z.infer<typeof articleFrontMatter> & { slug: string; markdown: string };
export type AuthorFile = z.infer<typeof authorFrontMatter> & { slug: string; bio: string };

function splitFrontMatter(file: string, text: string): { data: unknown; body: string } {
  const match = text.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/);
  if (!match) throw new Error(`${file}: no front matter (a block between --- lines) at the top`);
  return { data: parse(match[1] ?? ''), body: (match[2] ?? '').trim() };
}

function readFolder<T>(folder: string, read: (file: string, slug: string, text: string) => T): T[] {
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => read(path.join(folder, name), name.replace(/\.md$/, ''), fs.readFileSync(path.join(folder, name), 'utf8')));
}

function parseWith<T extends z.ZodType>(file: string, schema: T, data: unknown): z.infer<T> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

export function readArticleFiles(contentDir: string): ArticleFile[] {
  return readFolder(path.join(contentDir, 'articles'), (file, fileSlug, text) => {
    const { data, body } = splitFrontMatter(file, text);
    return { ...parseWith(file, articleFrontMatter, data), slug: slug.parse(fileSlug), markdown: body };
  });
}

/**
 * Another edition's folder (content/<locale>/, format: content/README.md), or null when the demo
 * has none for that language.
 */
export function editionFolder(contentDir: string, locale: string): string | null {
  const folder = path.join(contentDir, locale);
  return fs.existsSync(folder) ? folder : null;
}

export type AuthorTranslationFile = z.infer<typeof authorTranslationFrontMatter> & { slug: string; bio: string };

export function readAuthorTranslations(editionDir: string): AuthorTranslationFile[] {
  const folder = path.join(editionDir, 'authors');
  if (!fs.existsSync(folder)) return [];
  return readFolder(folder, (file, fileSlug, text) => {
    const { data, body } = splitFrontMatter(file, text);
    return { ...parseWith(file, authorTranslationFrontMatter, data), slug: slug.parse(fileSlug), bio: body };
  });
}

const named = z.object({ slug, name: z.string().min(1) });
const editionFile = z.object({
  tagline: z.string().min(1),
  description: z.string().min(1),
  sections: z.array(named.extend({ description: z.string().default('') })),
  regions: z.array(named),
  /** Tag slug → the tag's name in this language. */
  tags: z.record(z.string(), z.string().min(1)).default({}),
  benefits: z.array(z.string().min(1)).min(1),
  appeals: z.object({
    inArticle: z.object({ heading: z.string().min(1), body: z.string().min(1), buttonLabel: z.string().min(1) }),
    endOfArticle: z.object({ heading: z.string().min(1), body: z.string().min(1), buttonLabel: z.string().min(1) }),
    banner: z.object({ text: z.string().min(1), buttonLabel: z.string().min(1) }),
  }),
  faq: z.array(z.object({ question: z.string().min(1), answer: z.string().min(1) })).min(1),
  about: z.array(z.string().min(1)).default([]),
});

export type EditionFile = z.infer<typeof editionFile>;

/** Another edition's newsroom.yaml: the names, appeals, benefits and questions in its language. */
export function readEditionFile(editionDir: string): EditionFile {
  const file = path.join(editionDir, 'newsroom.yaml');
  return parseWith(file, editionFile, parse(fs.readFileSync(file, 'utf8')));
}

export function readAuthorFiles(contentDir: string): AuthorFile[] {
  return readFolder(path.join(contentDir, 'authors'), (file, fileSlug, text) => {
    const { data, body } = splitFrontMatter(file, text);
    return { ...parseWith(file, authorFrontMatter, data), slug: slug.parse(fileSlug), bio: body };
  });
}

const newsletterFile = z.object({
  name: z.string().min(1),
  description: z.string().default(''),
  senderName: z.string().min(1),
  audience: z.enum(NEWSLETTER_AUDIENCES),
  autoSubscribeMembers: z.boolean().default(false),
  schedule: z.object({ days: z.array(z.enum(WEEKDAYS)).min(1), time: z.string().regex(SCHEDULE_TIME, 'HH:MM') }).optional(),
  sample: z.string().default(''),
  /** The language its issues are written in (a locale code in domain/i18n/locales.ts): English when absent. */
  language: localeSchema.default(DEFAULT_LOCALE),
});

const issueFrontMatter = z.object({
  subject: z.string().min(1).max(120),
  preheader: z.string().max(200).default(''),
  sentAt: z.coerce.date(),
  access: z.enum(['public', 'members']).default('public'),
});

export type NewsletterFile = z.infer<typeof newsletterFile> & {
  slug: string;
  issues: (z.infer<typeof issueFrontMatter> & { slug: string; markdown: string })[];
};

/** content/newsletters/<slug>.yaml, with its past issues in content/newsletters/<slug>/<issue>.md. */
export function readNewsletterFiles(contentDir: string): NewsletterFile[] {
  const folder = path.join(contentDir, 'newsletters');
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const file = path.join(folder, name);
      const newsletterSlug = slug.parse(name.replace(/\.yaml$/, ''));
      const issuesFolder = path.join(folder, newsletterSlug);
      const issues = fs.existsSync(issuesFolder)
        ? readFolder(issuesFolder, (issueFile, issueSlug, text) => {
            const { data, body } = splitFrontMatter(issueFile, text);
            return { ...parseWith(issueFile, issueFrontMatter, data), slug: slug.parse(issueSlug), markdown: body };
          })
        : [];
      return { ...parseWith(file, newsletterFile, parse(fs.readFileSync(file, 'utf8'))), slug: newsletterSlug, issues };
    });
}

export { slugify } from '@/domain/slug';
