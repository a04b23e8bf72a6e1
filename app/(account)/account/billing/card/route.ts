import { redirect } from 'next/navigation';
import { authorize } from '@/lib/auth/viewer';
import { createPortal } from '@/lib/membership/checkout';

export const dynamic = 'force-dynamic';

/** "Update your card": straight to the billing portal's payment-method form. */
export async function GET() {
  const caller = await authorize();
  if (!caller.ok) redirect('/signin?callbackUrl=/account/billing/card');
  redirect(await createPortal(caller.viewer, 'payment_method_update'));
}
