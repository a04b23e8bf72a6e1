import type { Locale } from '@/domain/i18n/locales';
import { GIFT_MESSAGE_MAX, giftPrice } from '@/domain/membership/gift-membership';
import { GIFT_MONTHS, type GiftMonths } from '@/domain/membership/giving';
import { TIERS } from '@/domain/membership/tiers';
import { formatter, translator } from '@/lib/i18n/messages';
import { GiftOrderFields, type GiftOrderLabels } from './gift-order-fields';

/** Where the character count goes in the message's hint, to be cut there. */
const COUNT_SLOT = '\u0000count\u0000';

/** A value for each length of gift. */
const perLength = <T,>(value: (months: GiftMonths) => T) =>
  Object.fromEntries(GIFT_MONTHS.map((months) => [months, value(months)])) as Record<GiftMonths, T>;

/**
 * "Give a membership" in the edition's language: its words and every price it can show are
 * made here, on the server, and the form (gift-order-fields.tsx) picks among them as the reader
 * chooses.
 */
export function GiftOrderForm({
  today,
  from,
  placement,
  locale,
}: {
  today: string;
  from: string;
  placement: string;
  locale: Locale;
}) {
  const t = translator(locale, 'giftOrderForm');
  const words = translator(locale, 'giftWords');
  const format = formatter(locale);
  const [before = '', after = ''] = t('messageCount', { count: COUNT_SLOT, max: String(GIFT_MESSAGE_MAX) }).split(
    COUNT_SLOT,
  );
  const labels: GiftOrderLabels = {
    tierLegend: t('tier'),
    lengthLegend: t('length'),
    deliveryLegend: t('delivery'),
    byEmail: t('byEmail'),
    byLink: t('byLink'),
    recipient: t('recipient'),
    deliverOn: t('deliverOn'),
    linkNote: t('linkNote'),
    message: t('message'),
    messageCount: [before, after],
    choose: t('choose'),
    submit: t('submit'),
    pending: t('pending'),
    tiers: TIERS.map((tier) => ({ key: tier.key, name: words('tierName', { tier: tier.key }) })),
    months: perLength((months) => t('months', { months })),
    monthsPrice: Object.fromEntries(
      TIERS.map((tier) => [
        tier.key,
        perLength((months) => t('monthsPrice', { months, price: format.money(giftPrice(tier, months)) })),
      ]),
    ),
    total: Object.fromEntries(
      TIERS.map((tier) => [
        tier.key,
        perLength((months) =>
          t.rich('total', {
            price: format.money(giftPrice(tier, months)),
            strong: (chunks) => <strong>{chunks}</strong>,
          }),
        ),
      ]),
    ),
  };
  return <GiftOrderFields today={today} from={from} placement={placement} locale={locale} labels={labels} />;
}
