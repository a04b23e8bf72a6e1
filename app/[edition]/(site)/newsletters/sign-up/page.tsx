import type { Metadata } from 'next';
import { SignUpForm } from '@/components/newsletter-signup';
import { isSignUpError, SIGN_UP_ERRORS } from '@/features/newsletters/subscribe';
import { safeCallbackUrl } from '@/lib/auth/sign-in';
import { listNewsletters } from '@/lib/content/reads';
import { editionLocale } from '@/lib/i18n/edition';
import { formatter, translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { editionSignUpOffer, langTag, languageOf } from '@/lib/newsletters/language';

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: translator(await editionLocale(), 'newsletterSignUpPage')('metaTitle'),
    robots: { index: false },
    referrer: 'same-origin',
  };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const list = (value: string | string[] | undefined) =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Where a refused sign-up comes back to (the forms sit on static pages, which cannot show it):
 * the reason, and the form again with the address as it was typed, in the form's edition. With no
 * newsletter named, the edition's free ones in its language.
 */
export default async function SignUpPage({ searchParams }: Props) {
  const locale = await editionLocale();
  const t = translator(locale, 'newsletterSignUpPage');
  const errors = translator(locale, 'newsletterSignUpErrors');
  const quoted = translator(locale, 'newsletterLanguage');
  const params = await searchParams;
  const error = one(params.error);
  const email = (one(params.email) ?? '').slice(0, 254);
  const from = safeCallbackUrl(one(params.from));
  const all = await listNewsletters();
  const asked = all.filter((n) => n.audience === 'everyone' && list(params.newsletter).includes(n.slug));
  const chosen = asked.length ? asked : editionSignUpOffer(all, locale);
  const names = formatter(locale).list(chosen.map((n) => quoted('quoted', { name: n.name })));
  return (
    <div className="wrap auth-page newsletter-status">
      <p className="kicker">{translator(locale, 'newslettersPage')('kicker')}</p>
      <h1 className="page-title" id="sign-up-heading">
        {t('title', { names, count: chosen.length })}
      </h1>
      {chosen.map((n) => (
        <p key={n.slug} className="lede" lang={languageOf(n) === locale ? undefined : langTag(languageOf(n))}>
          {n.description}
        </p>
      ))}
      <SignUpForm
        idPrefix="sign-up"
        newsletters={chosen.map((n) => n.slug)}
        from={from}
        locale={locale}
        email={email}
        error={isSignUpError(error) ? errors(SIGN_UP_ERRORS[error]) : undefined}
        describedBy="sign-up-heading"
      />
      <p className="auth-page__small">
        {t('small')} {from !== '/' && <a href={from}>{t('back')}</a>}
        {from !== '/' && ' · '}
        <a href={localePath(locale, '/newsletters')}>{t('all')}</a>
      </p>
    </div>
  );
}
