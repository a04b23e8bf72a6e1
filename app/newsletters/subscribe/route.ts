import { NextResponse } from 'next/server';
import { outcomeLocation, subscribeFromForm } from '@/features/newsletters/subscribe';
import { readForm } from '@/lib/actions/action';
import { requestIp } from '@/lib/auth/request-ip';
import { getViewer } from '@/lib/auth/viewer';
import { readSiteForm } from '@/lib/http/site-form';

export const dynamic = 'force-dynamic';

/** A sign-up form is an address and a few newsletter names. */
const BODY_LIMIT = 8 * 1024;

/**
 * Where every newsletter sign-up form posts: plain HTML forms on static pages (article ends,
 * the footer, /newsletters), with no script. Answers with a 303 to the page that says what
 * happened (features/newsletters/subscribe.ts).
 */
export async function POST(request: Request) {
  // A form on another site may not sign our readers up.
  const form = await readSiteForm(request, { limit: BODY_LIMIT, what: 'Sign-up' });
  if (form instanceof NextResponse) return form;
  const outcome = await subscribeFromForm({ values: readForm(form), viewer: await getViewer(), ip: await requestIp() });
  return new NextResponse(null, {
    status: 303,
    headers: { Location: outcomeLocation(outcome), 'Cache-Control': 'no-store' },
  });
}

/** Someone who opened the address itself: the page with every newsletter and its form. */
export function GET() {
  return new NextResponse(null, { status: 303, headers: { Location: '/newsletters' } });
}
