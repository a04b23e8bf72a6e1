import type { Metadata } from 'next';
import { SignUpForm } from '@/components/newsletter-signup';
import { isSignUpError, SIGN_UP_ERRORS } from '@/features/newsletters/subscribe';
import { safeCallbackUrl } from '@/lib/auth/sign-in';
import { listNewsletters } from '@/lib/content/reads';
import { joinNames } from '@/lib/format';

export const metadata: Metadata = {
  title: 'Sign up to our newsletter',
  robots: { index: false },
  referrer: 'same-origin',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const list = (value: string | string[] | undefined) =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Where a refused sign-up comes back to (the forms sit on static pages, which cannot show it):
 * the reason, and the form again with the address as it was typed.
 */
export default async function SignUpPage({ searchParams }: Props) {
  const params = await searchParams;
  const error = one(params.error);
  const email = (one(params.email) ?? '').slice(0, 254);
  const from = safeCallbackUrl(one(params.from));
  const free = (await listNewsletters()).filter((n) => n.audience === 'everyone');
  const asked = free.filter((n) => list(params.newsletter).includes(n.slug));
  const chosen = asked.length ? asked : free;
  return (
    <div className="wrap auth-page newsletter-status">
      <p className="kicker">Newsletters</p>
      <h1 className="page-title" id="sign-up-heading">
        Sign up to {joinNames(chosen.map((n) => n.name)) || 'our newsletters'}
      </h1>
      {chosen.map((n) => (
        <p key={n.slug} className="lede">
          {n.description}
        </p>
      ))}
      <SignUpForm
        idPrefix="sign-up"
        newsletters={chosen.map((n) => n.slug)}
        from={from}
        email={email}
        error={isSignUpError(error) ? SIGN_UP_ERRORS[error] : undefined}
        describedBy="sign-up-heading"
      />
      <p className="auth-page__small">
        We’ll email you a link to confirm. {from !== '/' && <a href={from}>Back to where you were</a>}
        {from !== '/' && ' · '}
        <a href="/newsletters">All our newsletters</a>
      </p>
    </div>
  );
}
