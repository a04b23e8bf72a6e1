'use server';

import { z } from 'zod';
import { saveAppeal } from '@/db/queries/appeals';
import { todayIn } from '@/lib/appeals/appeals';
import { authorize } from '@/lib/auth/viewer';
import { invalidate } from '@/lib/cache/invalidate';
import { cacheTags } from '@/lib/cache-tags';
import { getNewsroom } from '@/lib/newsroom';

export type AppealField = 'heading' | 'body' | 'buttonLabel' | 'goalMembers' | 'goalEndsOn';
export type AppealFormState = { errors?: Partial<Record<AppealField, string[]>>; message?: string; ok?: boolean };

const LIMITS = { 'in-article': 600, 'end-of-article': 3000, banner: 200 } as const;

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : '';
};

function isCalendarDay(value: string) {
  const date = new Date(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Saves one placement's copy, switch and (banner) campaign goal. Permission appeals:manage. */
export async function saveAppealAction(_prev: AppealFormState, formData: FormData): Promise<AppealFormState> {
  const caller = await authorize('appeals:manage');
  if (!caller.ok) return { message: caller.message };
  const placement = z.enum(['in-article', 'end-of-article', 'banner']).safeParse(formData.get('placement'));
  if (!placement.success) return { message: 'That appeal does not exist.' };
  const isBanner = placement.data === 'banner';
  const today = todayIn(getNewsroom().timeZone);

  const schema = z
    .object({
      heading: isBanner ? z.literal('') : z.string().min(1, 'Write a heading.').max(160, 'Keep the heading under 160 characters.'),
      body: z
        .string()
        .min(1, 'Write the text readers see.')
        .max(LIMITS[placement.data], `Keep it under ${LIMITS[placement.data].toLocaleString('en-GB')} characters.`),
      buttonLabel: z.string().min(1, 'Write the button’s label.').max(40, 'Keep the label under 40 characters.'),
      enabled: z.boolean(),
      goalMembers: z
        .string()
        .regex(/^\d*$/, 'Write a whole number of members, like 500.')
        .transform((v) => (v === '' ? null : Number(v)))
        .refine((v) => v === null || (v >= 1 && v <= 10_000_000), 'Write a number between 1 and 10,000,000.'),
      goalEndsOn: z
        .string()
        .refine((v) => v === '' || isCalendarDay(v), 'Choose a date.')
        .refine((v) => v === '' || v >= today, 'Choose today or a later day: the campaign runs until the end of that day.')
        .transform((v) => (v === '' ? null : v)),
    })
    .superRefine((fields, ctx) => {
      if ((fields.goalMembers === null) !== (fields.goalEndsOn === null)) {
        const missing = fields.goalMembers === null ? 'goalMembers' : 'goalEndsOn';
        ctx.addIssue({ code: 'custom', path: [missing], message: 'A goal needs both a number of members and an end date; leave both empty for none.' });
      }
    });

  const parsed = schema.safeParse({
    heading: isBanner ? '' : text(formData, 'heading'),
    body: text(formData, 'body'),
    buttonLabel: text(formData, 'buttonLabel'),
    enabled: formData.get('enabled') === 'on',
    goalMembers: isBanner ? text(formData, 'goalMembers').replace(/[\s,]/g, '') : '',
    goalEndsOn: isBanner ? text(formData, 'goalEndsOn') : '',
  });
  if (!parsed.success) {
    return { errors: z.flattenError(parsed.error).fieldErrors as AppealFormState['errors'], message: 'Nothing was saved: please check the marked fields.' };
  }
  await saveAppeal({ placement: placement.data, ...parsed.data, updatedById: caller.viewer.userId });
  // Every page that carries an ask (and /membership's goal) reads the appeals through this tag.
  invalidate(cacheTags.appeals);
  return { ok: true, message: parsed.data.enabled ? 'Saved. Readers see the change now.' : 'Saved. This appeal is off: readers do not see it.' };
}
