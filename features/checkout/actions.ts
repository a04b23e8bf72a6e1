'use server';

import { redirect } from 'next/navigation';
import { authorize } from '@/lib/auth/viewer';
import { createCheckout, createPortal, hasLiveMembership } from '@/lib/membership/checkout';
import { parseChoice } from '@/domain/membership/tiers';
import { linkSlug } from '@/domain/slug';

export type CheckoutState = { message?: string };

/** Sends the reader to Stripe Checkout, or, if they are a member already, to the billing portal. */
export async function startCheckoutAction(_prev: CheckoutState, formData: FormData): Promise<CheckoutState> {
  const caller = await authorize();
  if (!caller.ok) return { message: caller.message };
  const choice = parseChoice({ tier: formData.get('tier'), interval: formData.get('interval'), amount: formData.get('amount') });
  if ('error' in choice) return { message: choice.error };
  let url: string;
  try {
    if (await hasLiveMembership(caller.viewer)) {
      url = await createPortal(caller.viewer);
    } else {
      const query = new URLSearchParams([...formData.entries()].filter(([k]) => !k.startsWith('$')).map(([k, v]) => [k, String(v)]));
      url = await createCheckout(caller.viewer, choice, { from: linkSlug(formData.get('from')), placement: linkSlug(formData.get('placement')) }, `/membership/join?${query}`);
    }
  } catch (error) {
    console.error('checkout failed', error);
    return { message: 'We could not reach our payment provider. Nothing was charged; please try again in a minute.' };
  }
  redirect(url);
}

/** "Manage membership": the Stripe billing portal for this reader. */
export async function openPortalAction() {
  const caller = await authorize();
  if (!caller.ok) redirect('/signin?callbackUrl=/account');
  redirect(await createPortal(caller.viewer));
}
