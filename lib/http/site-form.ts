import 'server-only';
import { NextResponse } from 'next/server';
import { env } from '@/lib/env';
import { BodyTooLargeError, readBodyBytes } from './read-body';

/**
 * The body of a plain HTML form posted from one of our own pages (the static pages' forms post
 * to route handlers, not server actions), or the answer to give instead: 403 when another site
 * posted it (browsers name the posting page's origin), 413 past `limit`, 400 when it is no form.
 */
export async function readSiteForm(
  request: Request,
  { limit, what }: { limit: number; what: string },
): Promise<FormData | NextResponse> {
  const origin = request.headers.get('origin');
  if (origin && origin !== 'null' && !sameSite(origin, request)) {
    return new NextResponse(`${what} forms work from this site only.`, { status: 403 });
  }
  try {
    const body = await readBodyBytes(request, { limit });
    return await new Response(new Uint8Array(body), {
      headers: { 'content-type': request.headers.get('content-type') ?? 'application/x-www-form-urlencoded' },
    }).formData();
  } catch (error) {
    if (error instanceof BodyTooLargeError) return new NextResponse('The form is too large.', { status: 413 });
    return new NextResponse(`That was not a ${what.toLowerCase()} form.`, { status: 400 });
  }
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
