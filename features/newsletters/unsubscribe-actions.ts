'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getNewsletterById, setSubscription, unsubscribeFromAll } from '@/db/queries/newsletters';
import { getUserById } from '@/db/queries/users';
import { editionField } from '@/domain/i18n/locale-schema';
import { plainFormAction, type ActionResult } from '@/lib/actions/action';
import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { readUnsubscribeToken } from '@/lib/newsletters/unsubscribe-token';

/**
 * The buttons of the page a newsletter's unsubscribe link opens. No sign-in: the signed token
 * in the link is the reader's permission, for their own subscriptions only. Resubscribing needs
 * no new confirmation, since the link reached their inbox. `locale` is the page's edition.
 */
export const unsubscribeByLinkAction = plainFormAction({
  permission: 'anyone',
  input: z.object({
    token: z.string().max(200),
    change: z.enum(['this', 'all', 'resubscribe']),
    locale: editionField,
  }),
  run: async ({ input }): Promise<ActionResult> => {
    const invalid = { ok: false, message: translator(input.locale, 'newsletterUnsubscribe')('invalid') } as const;
    const ids = readUnsubscribeToken(input.token);
    if (!ids) return invalid;
    const [user, newsletter] = await Promise.all([
      getUserById({ id: ids.userId }),
      getNewsletterById({ id: ids.newsletterId }),
    ]);
    if (!user || !newsletter) return invalid;
    if (input.change === 'all') await unsubscribeFromAll({ userId: user.id });
    else
      await setSubscription({
        userId: user.id,
        newsletterId: newsletter.id,
        subscribed: input.change === 'resubscribe',
      });
    revalidatePath(localePath(input.locale, `/unsubscribe/${input.token}`));
    return { ok: true };
  },
});
