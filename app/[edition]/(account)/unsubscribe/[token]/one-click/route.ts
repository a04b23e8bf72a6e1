import { getNewsletterById, setSubscription } from '@/db/queries/newsletters';
import { getUserById } from '@/db/queries/users';
import { localeOr } from '@/domain/i18n/locales';
import { env } from '@/lib/env';
import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { readUnsubscribeToken } from '@/lib/newsletters/unsubscribe-token';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ token: string; edition?: string }> };

/**
 * RFC 8058 one-click unsubscribe: a mail app (Gmail's, Apple Mail's "Unsubscribe" beside the
 * sender) POSTs `List-Unsubscribe=One-Click` to the List-Unsubscribe address, with no cookies
 * and no page shown. The signed token names the reader and the newsletter; the address is in the
 * edition of the newsletter's language, which the short answer is in.
 */
export async function POST(request: Request, { params }: Context) {
  const { token, edition } = await params;
  const t = translator(localeOr(edition), 'newsletterUnsubscribe');
  const ids = readUnsubscribeToken(token);
  const body = await request.text().catch(() => '');
  if (!new URLSearchParams(body).has('List-Unsubscribe'))
    return new Response('Expected the RFC 8058 body List-Unsubscribe=One-Click.', { status: 400 });
  if (!ids) return new Response(t('invalid'), { status: 404 });
  const [user, newsletter] = await Promise.all([
    getUserById({ id: ids.userId }),
    getNewsletterById({ id: ids.newsletterId }),
  ]);
  if (!user || !newsletter) return new Response(t('invalid'), { status: 404 });
  await setSubscription({ userId: user.id, newsletterId: newsletter.id, subscribed: false });
  const name = translator(localeOr(edition), 'newsletterLanguage')('quoted', { name: newsletter.name });
  return new Response(t('oneClickDone', { name }), {
    status: 200,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}

/** A person who opened the header's address in a browser gets the page with the buttons, in its edition. */
export async function GET(_request: Request, { params }: Context) {
  const { token, edition } = await params;
  return Response.redirect(
    `${env.SITE_URL}${localePath(localeOr(edition), `/unsubscribe/${encodeURIComponent(token)}`)}`,
    303,
  );
}
