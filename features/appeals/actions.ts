'use server';

import { z } from 'zod';
import { saveAppeal } from '@/db/queries/appeals';
import { saveBenefits, saveFaq } from '@/db/queries/benefits';
import { editionField } from '@/domain/i18n/locale-schema';
import { benefitsFromText } from '@/domain/membership/benefits';
import { todayIn } from '@/lib/appeals/appeals';
import { checkbox, formAction, text, type ActionResult, type SchemaRefusal } from '@/lib/actions/action';
import { invalidate } from '@/lib/cache/invalidate';
import { cacheTags } from '@/lib/cache-tags';
import { getNewsroom } from '@/lib/newsroom';

export type AppealField = 'heading' | 'body' | 'buttonLabel' | 'goalMembers' | 'goalEndsOn';

function isCalendarDay(value: string) {
  const date = new Date(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** The edition a form edits; the default one when it names none it knows. */
const edition = editionField;

/** What every placement has: its text, its button and its switch, in one edition. */
const copy = <P extends string>(placement: P, limit: number) => ({
  placement: z.literal(placement),
  locale: edition,
  body: text(
    z
      .string()
      .min(1, 'Write the text readers see.')
      .max(limit, `Keep it under ${limit.toLocaleString('en-GB')} characters.`),
  ),
  buttonLabel: text(z.string().min(1, 'Write the button’s label.').max(40, 'Keep the label under 40 characters.')),
  enabled: checkbox,
});

/** Whatever the form sent for a field this placement does not have. */
const absent = <T>(value: T) =>
  z
    .string()
    .optional()
    .transform(() => value);

const inStory = <P extends 'in-article' | 'end-of-article'>(placement: P, limit: number) =>
  z.object({
    ...copy(placement, limit),
    heading: text(z.string().min(1, 'Write a heading.').max(160, 'Keep the heading under 160 characters.')),
    goalMembers: absent(null),
    goalEndsOn: absent(null),
  });

const banner = z
  .object({
    ...copy('banner', 200),
    heading: absent(''),
    goalMembers: text(z.string())
      .transform((v) => v.replace(/[\s,]/g, ''))
      .pipe(
        z
          .string()
          .regex(/^\d*$/, 'Write a whole number of members, like 500.')
          .transform((v) => (v === '' ? null : Number(v)))
          .refine((v) => v === null || (v >= 1 && v <= 10_000_000), 'Write a number between 1 and 10,000,000.'),
      ),
    goalEndsOn: text(z.string())
      .refine((v) => v === '' || isCalendarDay(v), 'Choose a date.')
      .refine(
        (v) => v === '' || v >= todayIn(getNewsroom().timeZone),
        'Choose today or a later day: the campaign runs until the end of that day.',
      )
      .transform((v) => (v === '' ? null : v)),
  })
  .superRefine((fields, ctx) => {
    if ((fields.goalMembers === null) !== (fields.goalEndsOn === null)) {
      const missing = fields.goalMembers === null ? 'goalMembers' : 'goalEndsOn';
      ctx.addIssue({
        code: 'custom',
        path: [missing],
        message: 'A goal needs both a number of members and an end date; leave both empty for none.',
      });
    }
  });

const appealInput = z.discriminatedUnion('placement', [
  inStory('in-article', 600),
  inStory('end-of-article', 3000),
  banner,
]);

// Module-level functions, not arrows inside the export: Next's compiler would take a sync arrow there for a server action.
function refusedAppeal({ fieldErrors }: SchemaRefusal): ActionResult {
  return fieldErrors.placement
    ? { ok: false, message: 'That appeal does not exist.' }
    : { ok: false, fieldErrors, message: 'Nothing was saved: please check the marked fields.' };
}

/** Saves one placement's copy, switch and (banner) campaign goal. Permission appeals:manage. */
export const saveAppealAction = formAction({
  permission: 'appeals:manage',
  input: appealInput,
  invalid: refusedAppeal,
  run: async ({ viewer, input }): Promise<ActionResult> => {
    await saveAppeal({ ...input, updatedById: viewer.userId });
    // Every page that carries an ask (and /membership's goal) reads the appeals through this tag.
    invalidate(cacheTags.appeals);
    return {
      ok: true,
      message: input.enabled
        ? 'Saved. Readers see the change now.'
        : 'Saved. This appeal is off: readers do not see it.',
    };
  },
});

const benefitsInput = z.object({
  locale: edition,
  benefits: text(z.string()).transform((value, ctx) => {
    const checked = benefitsFromText(value);
    if (!checked.ok) {
      ctx.addIssue({ code: 'custom', message: checked.message });
      return z.NEVER;
    }
    return checked.benefits;
  }),
});

/**
 * Saves what membership brings, as /membership, the paywall and the welcome page and mail list
 * it. Permission appeals:manage: it is part of the ask.
 */
export const saveBenefitsAction = formAction({
  permission: 'appeals:manage',
  input: benefitsInput,
  invalid: 'Nothing was saved: please check the list.',
  run: async ({ viewer, input }): Promise<ActionResult> => {
    await saveBenefits({ benefits: input.benefits, locale: input.locale, updatedById: viewer.userId });
    invalidate(cacheTags.benefits);
    return { ok: true, message: 'Saved. Readers see the new list now.' };
  },
});

const FAQ_MAX = 12;
const asList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));

/**
 * The questions /membership answers, in pairs as the form sends them (question[i], answer[i]);
 * a pair left empty is dropped, half a pair is refused at its field.
 */
const faqInput = z
  .object({ locale: edition, question: asList, answer: asList })
  .transform(({ locale, question, answer }, ctx) => {
    const entries: { question: string; answer: string }[] = [];
    for (let i = 0; i < Math.max(question.length, answer.length); i++) {
      const q = question[i] ?? '';
      const a = answer[i] ?? '';
      if (!q && !a) continue;
      if (!q || !a)
        ctx.addIssue({
          code: 'custom',
          path: [q ? `answer-${i}` : `question-${i}`],
          message: q ? 'Write the answer to this question, or empty both.' : 'Write the question, or empty both.',
        });
      else if (q.length > 200)
        ctx.addIssue({ code: 'custom', path: [`question-${i}`], message: 'Keep the question under 200 characters.' });
      else if (a.length > 1000)
        ctx.addIssue({ code: 'custom', path: [`answer-${i}`], message: 'Keep the answer under 1,000 characters.' });
      else entries.push({ question: q, answer: a });
    }
    if (entries.length > FAQ_MAX)
      ctx.addIssue({ code: 'custom', path: ['question-0'], message: `Keep it to ${FAQ_MAX} questions.` });
    return { locale, entries };
  });

/** Saves the questions /membership answers, in one edition. Permission appeals:manage, like the benefits beside them. */
export const saveFaqAction = formAction({
  permission: 'appeals:manage',
  input: faqInput,
  invalid: 'Nothing was saved: please check the marked questions.',
  run: async ({ viewer, input }): Promise<ActionResult> => {
    await saveFaq({ entries: input.entries, locale: input.locale, updatedById: viewer.userId });
    invalidate(cacheTags.benefits);
    return {
      ok: true,
      message: input.entries.length
        ? 'Saved. Readers see the questions now.'
        : 'Saved. The membership page has no questions now.',
    };
  },
});
