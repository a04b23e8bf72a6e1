import { SignUpForm } from '@/components/newsletter-signup';
import type { Viewer } from '@/domain/auth/viewer';
import type { Locale } from '@/domain/i18n/locales';
import { entitlementOf } from '@/domain/membership/entitlement';
import {
  mayReceive,
  type NewsletterAudience,
  type NewsletterSchedule,
  type SubscriptionStatus,
} from '@/domain/newsletters/newsletters';
import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { languageOf } from '@/lib/newsletters/language';
import { describeScheduleIn } from '@/lib/newsletters/schedule';

/**
 * What a reader can do about one newsletter, wherever it is offered (/newsletters and the head
 * of its archive): a sign-up form, "For members" with the way to join, or, for a signed-in
 * reader who has it, where to manage it. `status` is the reader's subscription (signed in only).
 * In the words of the edition it is shown in (`locale`), whatever the newsletter's language.
 */
export function NewsletterOffer({
  newsletter,
  viewer,
  status,
  from,
  locale,
}: {
  newsletter: { slug: string; name: string; audience: NewsletterAudience };
  viewer: Viewer;
  status: SubscriptionStatus | null;
  from: string;
  locale: Locale;
}) {
  const t = translator(locale, 'newsletterOffer');
  const form = translator(locale, 'newsletterSignUpForm');
  const entitlement = entitlementOf(viewer);
  const headingId = `newsletter-${newsletter.slug}-name`;
  if (viewer.kind === 'signed-in' && status === 'subscribed') {
    return (
      <p className="newsletter-offer newsletter-offer--subscribed">
        <span className="newsletter-offer__status">
          {mayReceive(newsletter.audience, entitlement) ? t('youReceive') : t('paused')}
        </span>{' '}
        <a href={localePath(locale, '/account')}>{t('manage')}</a>
      </p>
    );
  }
  if (!mayReceive(newsletter.audience, entitlement)) {
    return (
      <div className="newsletter-offer newsletter-offer--members">
        <p className="newsletter-offer__status">{t('forMembers')}</p>
        <p className="newsletter-offer__actions">
          <a className="button button--primary" href={localePath(locale, '/membership')} aria-describedby={headingId}>
            {t('becomeMember')}
          </a>
          {viewer.kind === 'anonymous' && (
            <span>
              {t.rich('alreadyMember', {
                signIn: (chunks) => (
                  <a
                    href={`${localePath(locale, '/signin')}?callbackUrl=${encodeURIComponent(from)}`}
                    aria-describedby={headingId}
                  >
                    {chunks}
                  </a>
                ),
              })}
            </span>
          )}
        </p>
      </div>
    );
  }
  return (
    <div className="newsletter-offer">
      <SignUpForm
        idPrefix={`newsletter-${newsletter.slug}`}
        newsletters={[newsletter.slug]}
        from={from}
        locale={locale}
        signedInAs={viewer.kind === 'signed-in' ? viewer.email : undefined}
        buttonLabel={viewer.kind === 'signed-in' ? form('subscribe') : form('signUp')}
        describedBy={headingId}
      />
    </div>
  );
}

/**
 * The line above a newsletter's name, in `locale`: "Fridays at 17:00 · Free", "Weekdays at 07:00 ·
 * For members", and, for one written in another language, which: "… · Free · In Russian".
 */
export function newsletterMeta(
  newsletter: { audience: NewsletterAudience; schedule: NewsletterSchedule | null; language: string },
  locale: Locale,
) {
  const t = translator(locale, 'newsletterOffer');
  const language = languageOf(newsletter);
  return [
    describeScheduleIn(locale, newsletter.schedule),
    newsletter.audience === 'members' ? t('forMembers') : t('free'),
    language === locale ? null : translator(locale, 'newsletterLanguage')('inLanguage', { language }),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** "Who it’s for: anyone, member or not." */
export function AudienceSentence({ audience, locale }: { audience: NewsletterAudience; locale: Locale }) {
  return (
    <p className="newsletter-entry__audience">
      {translator(locale, 'newsletterOffer').rich('whoFor', {
        audience,
        label: (chunks) => <span className="newsletter-entry__label">{chunks}</span>,
      })}
    </p>
  );
}
