import { NextResponse } from 'next/server';
import { localeOr } from '@/domain/i18n/locales';
import { giveFromForm } from '@/features/giving/give';
import { readForm } from '@/lib/actions/action';
import { getViewer } from '@/lib/auth/viewer';
import { localePath } from '@/lib/i18n/paths';
import { readSiteForm } from '@/lib/http/site-form';

export const dynamic = 'force-dynamic';

/** A give-once form is an amount, a purpose, its edition and where it was posted from. */
const BODY_LIMIT = 4 * 1024;

/**
 * Where every give-once form posts (the end of each article, /membership, /give, in each
 * edition): plain HTML forms with no script. Answers with a 303 to Stripe Checkout, or back to
 * the edition's /give with what was typed and why it was refused (features/giving/give.ts). A
 * signed-in reader's session links the gift to their account; anyone else gives with just an
 * address typed in Checkout.
 */
export async function POST(request: Request) {
  const form = await readSiteForm(request, { limit: BODY_LIMIT, what: 'Gift' });
  if (form instanceof NextResponse) return form;
  const outcome = await giveFromForm({ values: readForm(form), viewer: await getViewer() });
  const location = outcome.kind === 'checkout' ? outcome.url : outcome.location;
  return new NextResponse(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } });
}

/** Someone who opened the address itself: the page with the form, in its edition. */
export async function GET(_request: Request, { params }: { params: Promise<{ edition: string }> }) {
  const { edition } = await params;
  return new NextResponse(null, { status: 303, headers: { Location: localePath(localeOr(edition), '/give') } });
}
