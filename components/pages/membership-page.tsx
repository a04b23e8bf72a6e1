import type { Metadata } from 'next';
import { GiveOnceForm } from '@/components/giving/give-once-form';
import { PoolFigures } from '@/components/giving/pool-figures';
import { countMembersNow, getPoolFigures, listAppeals, listBenefits, listFaq } from '@/lib/content/reads';
import type { Viewer } from '@/domain/auth/viewer';
import type { Locale } from '@/domain/i18n/locales';
import { entitlementOf } from '@/domain/membership/entitlement';
import { CUSTOM_MINIMUM, TIERS, yearlySaving } from '@/domain/membership/tiers';
import { activeCampaign, appealsByPlacement, paragraphsOf, todayIn } from '@/lib/appeals/appeals';
import { getNewsroom } from '@/lib/newsroom';
import { linkSlug } from '@/domain/slug';
import { firstValue } from '@/lib/search-params';
import { editionLocale } from '@/lib/i18n/edition';
import { formatter, translator } from '@/lib/i18n/messages';
import { currencySign } from '@/lib/i18n/core';
import { localePath } from '@/lib/i18n/paths';

/** The offer's head in an edition's language. */
export function membershipMetadataIn(locale: Locale): Metadata {
  const t = translator(locale, 'membershipPage');
  return {
    title: t('metaTitle'),
    description: t('metaDescription'),
    alternates: { canonical: localePath(locale, '/membership') },
  };
}

export type MembershipSearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Where the reader came from, as the appeal links say it (lib/membership/links.ts). */
export async function attributionFrom(searchParams: MembershipSearchParams) {
  const params = await searchParams;
  return { from: linkSlug(firstValue(params.from)) ?? '', placement: linkSlug(firstValue(params.placement)) ?? '' };
}

function giveParams(from: string, placement: string) {
  const params = new URLSearchParams({ ...(placement && { placement }), ...(from && { from }) });
  return params.size ? `?${params}` : '';
}

/** Checkout's Back button returns to this page as the reader reached it. */
function membershipBack(from: string, placement: string) {
  return `/membership${giveParams(from, placement)}#give-once`;
}

/**
 * The offer, carrying where the reader came from into the choice. Anonymous readers get it
 * prerendered (one page per placement and story, app/(site)/membership/); signed-in readers per
 * request, which is where "you are already a member" comes from.
 */
export async function MembershipPage({ viewer, from, placement }: { viewer: Viewer; from: string; placement: string }) {
  const locale = await editionLocale();
  const href = (path: string) => localePath(locale, path);
  const t = translator(locale, 'membershipPage');
  const tiers = translator(locale, 'membershipTiers');
  const format = formatter(locale);
  const sign = currencySign(locale);
  const [members, appealRows, benefits, pool, faq] = await Promise.all([
    countMembersNow(),
    listAppeals({ locale }),
    listBenefits({ locale }),
    getPoolFigures(),
    listFaq({ locale }),
  ]);
  const isMember = entitlementOf(viewer).isMember;
  const { name, timeZone } = getNewsroom();
  const appeals = appealsByPlacement(appealRows);
  // The campaign's goal shows even when the banner is switched off: this page is the offer itself.
  const campaign = activeCampaign(appeals.banner, todayIn(timeZone));
  const pitch = paragraphsOf(appeals['end-of-article']?.body ?? '');
  return (
    <div className="wrap membership-page">
      <header className="membership-hero">
        <p className="kicker">{t('kicker')}</p>
        <h1 className="page-title">{t('title', { name })}</h1>
        <div className="prose">
          {pitch.map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </div>
        {campaign && (
          <div className="goal">
            <p className="goal__label">
              {t.rich('goal', {
                members,
                goal: campaign.goalMembers,
                day: format.day(campaign.endsOn),
                strong: (chunks) => <strong>{chunks}</strong>,
              })}
            </p>
            <div className="goal__bar" aria-hidden="true">
              <span style={{ width: `${Math.min(100, (members / campaign.goalMembers) * 100)}%` }} />
            </div>
          </div>
        )}
      </header>

      {isMember ? (
        <section className="notice membership-thanks">
          <p>{t.rich('alreadyMember', { account: (chunks) => <a href={href('/account')}>{chunks}</a> })}</p>
        </section>
      ) : (
        <section aria-labelledby="choose-heading">
          <h2 id="choose-heading" className="section-heading">
            {t('chooseHeading')}
          </h2>
          <form action={href('/membership/join')} method="get" className="tiers">
            <input type="hidden" name="from" value={from} />
            <input type="hidden" name="placement" value={placement} />
            <fieldset className="interval-choice">
              <legend>{t('howOften')}</legend>
              <label>
                <input type="radio" name="interval" value="month" defaultChecked /> {t('monthly')}
              </label>
              <label>
                <input type="radio" name="interval" value="year" /> {t('yearly')}{' '}
                <span className="saving">{t('twoMonthsFree')}</span>
              </label>
            </fieldset>
            <div className="tier-grid">
              {TIERS.map((tier) => (
                <div key={tier.key} className={tier.suggested ? 'tier tier--suggested' : 'tier'}>
                  {tier.suggested && <p className="tier__flag">{t('suggested')}</p>}
                  <h3>{tiers(`${tier.key}.name`)}</h3>
                  <p className="tier__price">
                    {t.rich('monthlyPrice', {
                      amount: format.money(tier.monthly),
                      per: (chunks) => <span>{chunks}</span>,
                    })}
                  </p>
                  <p className="tier__yearly">
                    {t('yearlyPrice', { amount: format.money(tier.yearly), saving: format.money(yearlySaving(tier)) })}
                  </p>
                  <p>{tiers(`${tier.key}.blurb`)}</p>
                  <button
                    type="submit"
                    name="tier"
                    value={tier.key}
                    className={tier.suggested ? 'button button--primary' : 'button'}
                  >
                    {tiers(`${tier.key}.become`)}
                  </button>
                </div>
              ))}
            </div>
          </form>
          <form action={href('/membership/join')} method="get" className="custom-amount">
            <input type="hidden" name="from" value={from} />
            <input type="hidden" name="placement" value={placement} />
            <input type="hidden" name="tier" value="custom" />
            <input type="hidden" name="interval" value="month" />
            <label htmlFor="amount">{t('customAmount', { minimum: format.money(CUSTOM_MINIMUM) })}</label>
            <div className="inline-actions">
              {!sign.after && <span aria-hidden="true">{sign.sign}</span>}
              <input
                id="amount"
                name="amount"
                type="number"
                min={CUSTOM_MINIMUM / 100}
                step="1"
                defaultValue={15}
                inputMode="numeric"
              />
              {sign.after && <span aria-hidden="true">{sign.sign}</span>}
              <button type="submit" className="button">
                {t('giveAmount')}
              </button>
            </div>
          </form>
        </section>
      )}

      <section className="give-once-block" id="give-once" aria-labelledby="give-once-heading">
        <h2 id="give-once-heading">{t('giveOnceHeading')}</h2>
        <p>{t('giveOnce')}</p>
        <GiveOnceForm
          idPrefix="membership-give"
          from={from}
          placement={placement}
          back={href(membershipBack(from, placement))}
          locale={locale}
        />
      </section>

      <section className="give-once-block" id="give-a-membership" aria-labelledby="give-a-membership-heading">
        <h2 id="give-a-membership-heading">{t('giftHeading')}</h2>
        <p>{t('gift')}</p>
        <a className="button" href={href(`/give/membership${giveParams(from, placement)}`)}>
          {t('giftButton')}
        </a>
      </section>

      <section className="give-once-block" id="pay-it-forward" aria-labelledby="pay-it-forward-heading">
        <h2 id="pay-it-forward-heading">{t('poolHeading')}</h2>
        <p>{t('pool')}</p>
        <PoolFigures figures={pool} audience="readers" locale={locale} />
        <GiveOnceForm
          idPrefix="membership-pool"
          from={from}
          placement={placement}
          back={href(membershipBack(from, placement))}
          values={{ amount: '25', other: '', purpose: 'pool' }}
          locale={locale}
        />
        <p>{t.rich('poolAsk', { ask: (chunks) => <a href={href('/membership/ask')}>{chunks}</a> })}</p>
      </section>

      <section aria-labelledby="benefits-heading">
        <h2 id="benefits-heading" className="section-heading">
          {t('benefitsHeading')}
        </h2>
        <ul className="benefits">
          {benefits.map((benefit) => (
            <li key={benefit}>{benefit}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="faq-heading">
        <h2 id="faq-heading" className="section-heading">
          {t('faqHeading')}
        </h2>
        <dl className="faq">
          {faq.map(({ question, answer }) => (
            <div key={question}>
              <dt>{question}</dt>
              <dd>{answer}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
