import { NextResponse } from 'next/server';
import { outcomeLocation, subscribeFromForm } from '@/features/newsletters/subscribe';
import { readForm } from '@/lib/actions/action';
import { requestIp } from '@/lib/auth/request-ip';
import { getViewer } from '@/lib/auth/viewer';
import { env } from '@/lib/env';
import { BodyTooLargeError, readBodyBytes } from '@/lib/http/read-body';

export const dynamic = 'force-dynamic';

/** A sign-up form is an address and a few newsletter names. */
const BODY_LIMIT = 8 * 1024;

/**
 * Where every newsletter sign-up form posts: plain HTML forms on static pages (article ends,
 * the footer, /newsletters), with no script. Answers with a 303 to the page that says what
 * happened (features/newsletters/subscribe.ts).
 */
export async function POST(request: Request) {
  // A form on another site may not sign our readers up: browsers name the page that posted.
  const origin = request.headers.get('origin');
  if (origin && origin !== 'null' && !sameSite(origin, request)) {
    return new NextResponse('Sign-up forms work from this site only.', { status: 403 });
  }
  let form: FormData;
  try {
    const body = await readBodyBytes(request, { limit: BODY_LIMIT });
    form = await new Response(new Uint8Array(body), {
      headers: { 'content-type': request.headers.get('content-type') ?? 'application/x-www-form-urlencoded' },
    }).formData();
  } catch (error) {
    if (error instanceof BodyTooLargeError) return new NextResponse('The form is too large.', { status: 413 });
    return new NextResponse('That was not a sign-up form.', { status: 400 });
  }
  const outcome = await subscribeFromForm({ values: readForm(form), viewer: await getViewer(), ip: await requestIp() });
  return new NextResponse(null, {
    status: 303,
    headers: { Location: outcomeLocation(outcome), 'Cache-Control': 'no-store' },
  });
}

/** Whether the posting page is this site: its public address, or the host the request came to. */
function sameSite(origin: string, request: Request): boolean {
  try {
    const posted = new URL(origin);
    return posted.origin === new URL(env.SITE_URL).origin || posted.host === request.headers.get('host');
  } catch {
    return false;
  }
}

/** Someone who opened the address itself: the page with every newsletter and its form. */
export function GET() {
  return new NextResponse(null, { status: 303, headers: { Location: '/newsletters' } });
}
