'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getNewsletterById, setSubscription } from '@/db/queries/newsletters';
import { editionField } from '@/domain/i18n/locale-schema';
import { entitlementOf } from '@/domain/membership/entitlement';
import { mayReceive } from '@/domain/newsletters/newsletters';
import { plainFormAction, type ActionResult } from '@/lib/actions/action';
import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';

/**
 * The switch beside each newsletter on /account. A members' newsletter can be switched on only
 * by a member (the send checks again on the day: switching on is not a way in). A form that
 * names its edition (a hidden `locale`) is answered in its language and refreshes its page.
 */
export const setNewsletterSubscriptionAction = plainFormAction({
  permission: 'signed-in',
  input: z.object({
    newsletterId: z.coerce.number().int().positive(),
    subscribe: z.enum(['true', 'false']),
    locale: editionField,
  }),
  run: async ({ viewer, input }): Promise<ActionResult> => {
    const t = translator(input.locale, 'newsletterSwitchErrors');
    const newsletter = await getNewsletterById({ id: input.newsletterId });
    if (!newsletter) return { ok: false, message: t('gone') };
    const subscribe = input.subscribe === 'true';
    if (subscribe && !mayReceive(newsletter.audience, entitlementOf(viewer)))
      return { ok: false, message: t('forMembers', { name: newsletter.name }) };
    await setSubscription({ userId: viewer.userId, newsletterId: newsletter.id, subscribed: subscribe });
    revalidatePath(localePath(input.locale, '/account'));
    return { ok: true };
  },
});
