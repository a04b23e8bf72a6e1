import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { appeals } from '@/db/schema';

/**
 * The demo newsroom's first appeal copy, from content/newsroom.yaml. It only seeds the appeals
 * table: from then on editors change the copy in /admin/appeals and the site reads the table.
 */
const ask = z.object({ heading: z.string().min(1), body: z.string().min(1), buttonLabel: z.string().min(1) });
const day = z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.date().transform((d) => d.toISOString().slice(0, 10))]);

const fileSchema = z.object({
  benefits: z.array(z.string().min(1)).min(1),
  appeals: z.object({
    inArticle: ask,
    endOfArticle: ask,
    banner: z.object({ text: z.string().min(1), buttonLabel: z.string().min(1), goal: z.number().int().positive(), endsAt: day }),
  }),
});

export function readAppealCopy(contentDir: string): (typeof appeals.$inferInsert)[] {
  const file = fileSchema.parse(parse(fs.readFileSync(path.join(contentDir, 'newsroom.yaml'), 'utf8')));
  const { inArticle, endOfArticle, banner } = file.appeals;
  // YAML's folded text keeps one line break between paragraphs; editors see them a blank line apart.
  const paragraphs = (text: string) => text.trim().split(/\n\s*/).join('\n\n');
  return [
    { placement: 'in-article', ...inArticle, body: paragraphs(inArticle.body) },
    { placement: 'end-of-article', ...endOfArticle, body: paragraphs(endOfArticle.body) },
    { placement: 'banner', heading: '', body: banner.text, buttonLabel: banner.buttonLabel, goalMembers: banner.goal, goalEndsOn: banner.endsAt },
  ];
}

/** The demo newsroom's first list of member benefits, from content/newsroom.yaml (seeds membership_benefits). */
export function readBenefits(contentDir: string): string[] {
  return fileSchema.parse(parse(fs.readFileSync(path.join(contentDir, 'newsroom.yaml'), 'utf8'))).benefits;
}
