import { redirect } from 'next/navigation';
import { localeOr } from '@/domain/i18n/locales';
import { authorize } from '@/lib/auth/viewer';
import { localePath } from '@/lib/i18n/paths';
import { createPortal } from '@/lib/membership/checkout';

export const dynamic = 'force-dynamic';

/** "Update your card": straight to the billing portal's payment-method form, in the edition's language. */
export async function GET(_request: Request, { params }: { params: Promise<{ edition: string }> }) {
  const locale = localeOr((await params).edition);
  const caller = await authorize();
  if (!caller.ok) {
    redirect(
      `${localePath(locale, '/signin')}?callbackUrl=${encodeURIComponent(localePath(locale, '/account/billing/card'))}`,
    );
  }
  redirect(await createPortal(caller.viewer, 'payment_method_update', locale));
}
