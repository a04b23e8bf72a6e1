import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { CancelFlow, type CancelFlowLabels } from '@/components/account/cancel-flow';
import { planOffer } from '@/components/account/plan-offer';
import { tierName } from '@/components/account/tier-name';
import { getCurrentMembership } from '@/db/queries/memberships';
import type { Locale } from '@/domain/i18n/locales';
import { CANCELLATION_REASONS, PAUSE_MONTHS, type CancellationReason } from '@/domain/membership/giving';
import { offersByReason, pauseEndsAt, type Offer } from '@/domain/membership/leaving';
import { isRunning } from '@/domain/membership/statuses';
import { requireSignedIn } from '@/lib/auth/viewer';
import { editionLocale } from '@/lib/i18n/edition';
import { formatter, translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { getNewsroom } from '@/lib/newsroom';

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await editionLocale(), 'cancelFlow')('metaTitle'), robots: { index: false } };
}

/** The cancel page's words in `locale`, with the dates and prices of this membership's offers. */
function labelsFor(
  locale: Locale,
  { endsOn, offers, now, currency }: { endsOn: Date | null; offers: Offer[]; now: Date; currency: string },
): CancelFlowLabels {
  const t = translator(locale, 'cancelFlow');
  const format = formatter(locale);
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  const plans = offers.flatMap((offer) => (offer.kind === 'switch' ? offer.plans : []));
  const byReason = (word: (reason: CancellationReason) => string) =>
    Object.fromEntries(CANCELLATION_REASONS.map((reason) => [reason, word(reason)])) as Record<
      CancellationReason,
      string
    >;
  return {
    legend: t('legend'),
    hint: t('hint'),
    reasons: byReason((reason) => t(`reasons.${reason}`)),
    headings: byReason((reason) => t(`headings.${reason}`)),
    heard: { disagree: t('heardDisagree'), other: t('heardOther') },
    pause: {
      heading: t('pauseHeading'),
      text: t('pauseText'),
      pending: t('pausing'),
      until: Object.fromEntries(
        PAUSE_MONTHS.map((months) => [
          months,
          t('pauseUntil', { date: format.date(pauseEndsAt(now, months, getNewsroom().timeZone)) }),
        ]),
      ),
    },
    card: { heading: t('cardHeading'), text: t('cardText'), button: t('cardButton'), pending: t('opening') },
    plans: {
      heading: t('plansHeading'),
      pending: t('switching'),
      byOffer: Object.fromEntries(
        plans.map((plan) => {
          const amount = format.money(plan.amount, currency);
          const yearly = plan.interval === 'year' && plan.saving > 0;
          const name = tierName(locale, plan.tier);
          return [
            planOffer(plan),
            yearly
              ? {
                  text: t.rich('yearlyText', { amount, saving: format.money(plan.saving, currency), strong }),
                  button: t('yearlyButton', { amount }),
                }
              : {
                  text: t.rich('planText', { name, amount, interval: plan.interval, strong }),
                  button: t('planButton', { name, amount, interval: plan.interval }),
                },
          ];
        }),
      ),
    },
    commentLabel: t('commentLabel'),
    commentHint: t('commentHint'),
    leave: t.rich('leave', { endsOn: endsOn ? format.date(endsOn) : t('periodEnd'), strong }),
    cancel: t('cancel'),
    cancelling: t('cancelling'),
    keep: t('keep'),
  };
}

/** The second of the two clicks that end a membership: why, what fits the answer, and Cancel. */
export default async function CancelMembershipPage() {
  const locale = await editionLocale();
  const t = translator(locale, 'cancelFlow');
  const viewer = await requireSignedIn(localePath(locale, '/account/cancel'));
  const membership = await getCurrentMembership({ userId: viewer.userId });
  if (!membership || !isRunning(membership.status) || membership.cancelAtPeriodEnd)
    redirect(localePath(locale, '/account'));
  const now = new Date();
  const offers = offersByReason(membership, now);
  return (
    <div className="wrap account-page">
      <p className="kicker">{translator(locale, 'accountPage')('kicker')}</p>
      <h1 className="page-title">{t('title')}</h1>
      <p className="lede">{t('lede')}</p>
      <CancelFlow
        locale={locale}
        offers={offers}
        accountHref={localePath(locale, '/account')}
        labels={labelsFor(locale, {
          endsOn: membership.currentPeriodEnd,
          offers: Object.values(offers).flat(),
          now,
          currency: membership.currency,
        })}
      />
    </div>
  );
}
