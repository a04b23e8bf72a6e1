import type { Locale } from '@/domain/i18n/locales';
import { translator } from '@/lib/i18n/messages';
import { GiftAfterAYearForms } from './gift-after-a-year-forms';

/** A gift nobody redeemed in a year: send it again (to this address or another), or give it to the pool. */
export function GiftAfterAYear({ giftId, recipient, locale }: { giftId: number; recipient: string; locale: Locale }) {
  const t = translator(locale, 'giftAfterAYear');
  return (
    <GiftAfterAYearForms
      giftId={giftId}
      recipient={recipient}
      locale={locale}
      labels={{
        recipient: t('recipient'),
        sendAgain: t('sendAgain'),
        sending: t('sending'),
        give: t('give'),
        giving: t('giving'),
      }}
    />
  );
}
