'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getNewsletterById, setSubscription } from '@/db/queries/newsletters';
import { entitlementOf } from '@/domain/membership/entitlement';
import { mayReceive } from '@/domain/newsletters/newsletters';
import { plainFormAction, type ActionResult } from '@/lib/actions/action';

/**
 * The switch beside each newsletter on /account. A members' newsletter can be switched on only
 * by a member (the send checks again on the day: switching on is not a way in).
 */
export const setNewsletterSubscriptionAction = plainFormAction({
  permission: 'signed-in',
  input: z.object({ newsletterId: z.coerce.number().int().positive(), subscribe: z.enum(['true', 'false']) }),
  run: async ({ viewer, input }): Promise<ActionResult> => {
    const newsletter = await getNewsletterById({ id: input.newsletterId });
    if (!newsletter) return { ok: false, message: 'That newsletter no longer exists.' };
    const subscribe = input.subscribe === 'true';
    if (subscribe && !mayReceive(newsletter.audience, entitlementOf(viewer)))
      return { ok: false, message: `${newsletter.name} is for members.` };
    await setSubscription({ userId: viewer.userId, newsletterId: newsletter.id, subscribed: subscribe });
    revalidatePath('/account');
    return { ok: true };
  },
});
