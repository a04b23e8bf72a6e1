import type { Metadata } from 'next';
import { inspectLink } from '@/lib/auth/sign-in';
import { ConfirmLinkForm } from '../forms';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false }, referrer: 'same-origin' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Where the emailed link lands. Opening it changes nothing (mail scanners open every link);
 * only the button below spends the token.
 */
export default async function VerifyPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const value = typeof token === 'string' && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : null;
  const link = value ? await inspectLink(value) : ({ state: 'unknown' } as const);
  return (
    <div className="wrap auth-page">
      {link.state === 'valid' && value ? (
        <>
          <h1 className="page-title">Sign in to Ridgeline</h1>
          <p className="lede">Press the button to finish signing in on this device.</p>
          <ConfirmLinkForm token={value} email={link.email} />
        </>
      ) : (
        <>
          <h1 className="page-title">{link.state === 'used' ? 'This link has been used' : 'This link has expired'}</h1>
          <p className="lede">
            {link.state === 'used'
              ? 'Each sign-in link works once. If that wasn’t you, you can safely ignore it.'
              : 'Sign-in links work for 15 minutes. It may also have been copied incompletely.'}
          </p>
          <p>
            <a className="button button--primary" href="/signin">
              Email me a new link
            </a>
          </p>
        </>
      )}
    </div>
  );
}
