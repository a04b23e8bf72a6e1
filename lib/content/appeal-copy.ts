import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { appeals } from '@/db/schema';
import { DEFAULT_LOCALE, type Locale } from '@/domain/i18n/locales';

/**
 * The demo newsroom's first appeal copy, from content/newsroom.yaml. It only seeds the appeals
 * table: from then on editors change the copy in /admin/appeals and the site reads the table.
 */
const ask = z.object({ heading: z.string().min(1), body: z.string().min(1), buttonLabel: z.string().min(1) });
const day = z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.date().transform((d) => d.toISOString().slice(0, 10))]);

const fileSchema = z.object({
  benefits: z.array(z.string().min(1)).min(1),
  faq: z.array(z.object({ question: z.string().min(1), answer: z.string().min(1) })).min(1),
  appeals: z.object({
    inArticle: ask,
    endOfArticle: ask,
    banner: z.object({ text: z.string().min(1), buttonLabel: z.string().min(1), goal: z.number().int().positive(), endsAt: day }),
  }),
});

const readFile = (contentDir: string) =>
  fileSchema.parse(parse(fs.readFileSync(path.join(contentDir, 'newsroom.yaml'), 'utf8')));

/** YAML's folded text keeps one line break between paragraphs; editors see them a blank line apart. */
export const paragraphs = (text: string) => text.trim().split(/\n\s*/).join('\n\n');

type Asks = {
  inArticle: { heading: string; body: string; buttonLabel: string };
  endOfArticle: { heading: string; body: string; buttonLabel: string };
  banner: { text: string; buttonLabel: string };
};

/** One edition's three appeals as rows; the campaign goal is the newsroom's, in every edition. */
export function appealRows(
  asks: Asks,
  locale: Locale,
  goal: { goalMembers: number; goalEndsOn: string },
): (typeof appeals.$inferInsert)[] {
  const { inArticle, endOfArticle, banner } = asks;
  return [
    { placement: 'in-article', locale, ...inArticle, body: paragraphs(inArticle.body) },
    { placement: 'end-of-article', locale, ...endOfArticle, body: paragraphs(endOfArticle.body) },
    { placement: 'banner', locale, heading: '', body: banner.text, buttonLabel: banner.buttonLabel, ...goal },
  ];
}

export function readAppealCopy(contentDir: string): (typeof appeals.$inferInsert)[] {
  const file = readFile(contentDir);
  return appealRows(file.appeals, DEFAULT_LOCALE, readCampaignGoal(contentDir));
}

export function readCampaignGoal(contentDir: string) {
  const { banner } = readFile(contentDir).appeals;
  return { goalMembers: banner.goal, goalEndsOn: banner.endsAt };
}

/** The default edition's questions for /membership (seeds membership_faq). */
export function readFaq(contentDir: string) {
  return readFile(contentDir).faq;
}

/** The demo newsroom's first list of member benefits, from content/newsroom.yaml (seeds membership_benefits). */
export function readBenefits(contentDir: string): string[] {
  return readFile(contentDir).benefits;
}
