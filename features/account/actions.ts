'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { updateUserName } from '@/db/queries/users';
import { formAction, text, type ActionResult, type SchemaRefusal } from '@/lib/actions/action';
import { signOut } from '@/lib/auth/auth';
import { deleteAccount, type AccountDeletion } from '@/lib/membership/account-deletion';
import { editionField } from '@/domain/i18n/locale-schema';
import type { Locale } from '@/domain/i18n/locales';
import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';

// Each form names its edition in a hidden `locale` field: its answers are in that language, and
// the pages it leads to are that edition's.

const formLocale = (values: Record<string, unknown>): Locale => editionField.parse(values.locale);
const errorsIn = (locale: Locale) => translator(locale, 'accountErrors');

const nameInput = z.object({
  name: text(z.string().max(80)).transform((s) => s || null),
  locale: editionField,
});

// A module-level function, not an arrow inside the export: Next's compiler would take a sync arrow there for a server action.
function refusedName({ values }: SchemaRefusal): ActionResult {
  return { ok: false, fieldErrors: { name: [errorsIn(formLocale(values))('nameTooLong')] } };
}

export const updateNameAction = formAction({
  permission: 'signed-in',
  input: nameInput,
  invalid: refusedName,
  run: async ({ viewer, input }): Promise<ActionResult> => {
    await updateUserName({ userId: viewer.userId, name: input.name });
    revalidatePath(localePath(input.locale, '/account'));
    return { ok: true };
  },
});

const DELETION_REFUSED = {
  'not-found': 'alreadyDeleted',
  'last-admin': 'lastAdmin',
  'payments-not-stopped': 'paymentsNotStopped',
} as const satisfies Record<Extract<AccountDeletion, { ok: false }>['reason'], string>;

export const deleteAccountAction = formAction({
  permission: 'signed-in',
  input: z.object({ confirm: text(z.string()), locale: editionField }),
  run: async ({ viewer, input }): Promise<ActionResult> => {
    const t = errorsIn(input.locale);
    if (input.confirm.toLowerCase() !== viewer.email.toLowerCase()) {
      return { ok: false, fieldErrors: { confirm: [t('confirmMismatch')] } };
    }
    const deletion = await deleteAccount({ userId: viewer.userId });
    if (!deletion.ok) return { ok: false, message: t(DELETION_REFUSED[deletion.reason]) };
    await signOut({ redirect: false });
    redirect(`${localePath(input.locale, '/')}?account=deleted`);
  },
});
