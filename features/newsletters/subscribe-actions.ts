'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { editionField } from '@/domain/i18n/locale-schema';
import { plainFormAction, text, type ActionResult } from '@/lib/actions/action';
import { localePath } from '@/lib/i18n/paths';
import { confirmNewsletterSubscription } from '@/lib/newsletters/confirm';

/**
 * "Confirm my subscription" on the page the emailed link opens: the only step that spends the
 * link. A link that no longer works goes back to that page, which now says why; either way the
 * next page is in the edition the confirmation page was in (the form's `locale`).
 */
export const confirmSubscriptionAction = plainFormAction({
  permission: 'anyone',
  input: z.object({ token: text(z.string().max(200)), locale: editionField }),
  run: async ({ input }): Promise<ActionResult> => {
    const result = await confirmNewsletterSubscription(input.token);
    if (!result.ok)
      redirect(`${localePath(input.locale, '/newsletters/confirm')}?token=${encodeURIComponent(input.token)}`);
    const params = new URLSearchParams(result.newsletters.map((n) => ['newsletter', n.slug]));
    params.set('confirmed', '1');
    redirect(`${localePath(input.locale, '/newsletters/subscribed')}?${params}`);
  },
});
