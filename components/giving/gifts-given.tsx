import Link from 'next/link';
import { listGiftsBoughtBy } from '@/db/queries/gifts';
import type { Locale } from '@/domain/i18n/locales';
import { giftState, type GiftState } from '@/domain/membership/gift-membership';
import { formatter, translator, type Translate } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { GiftAfterAYear } from './gift-after-a-year';
import './give-once.css';

function stateText(
  t: Translate<'giftsGiven'>,
  date: (date: Date) => string,
  state: GiftState,
  recipient: string | null,
): string {
  switch (state.kind) {
    case 'scheduled':
      return recipient
        ? t('scheduledTo', { recipient, date: date(state.on) })
        : t('scheduled', { date: date(state.on) });
    case 'delivered':
      return recipient
        ? t('deliveredTo', { recipient, date: date(state.on) })
        : t('delivered', { date: date(state.on) });
    case 'link':
      return t('link');
    case 'redeemed':
      return t('redeemed', { date: date(state.on) });
    case 'given-to-pool':
      return t('givenToPool', { date: date(state.on) });
    case 'unredeemed':
      return recipient ? t('unredeemedTo', { recipient }) : t('unredeemed');
  }
}

/**
 * "Memberships you gave" on /account, in the page's edition: each gift and where it is. One
 * nobody redeemed in a year can be sent again or given to the pool. Nothing shows until there
 * is one.
 */
export async function GiftsGiven({ buyer, locale }: { buyer: { userId: string; email: string }; locale: Locale }) {
  const gifts = await listGiftsBoughtBy(buyer);
  if (!gifts.length) return null;
  const t = translator(locale, 'giftsGiven');
  const words = translator(locale, 'giftWords');
  const format = formatter(locale);
  const now = new Date();
  return (
    <section className="account-card" id="gifts-given" aria-labelledby="gifts-given-heading">
      <h2 id="gifts-given-heading">{t('heading')}</h2>
      <ul className="gift-list">
        {gifts.map((gift) => {
          const state = giftState(gift, now);
          const { months, tier } = gift;
          return (
            <li key={gift.id}>
              <span>
                <strong>
                  {gift.amount
                    ? words('withAmount', { months, tier, amount: format.money(gift.amount, gift.currency) })
                    : words('description', { months, tier })}
                </strong>{' '}
                · {stateText(t, format.date, state, gift.recipientEmail)}
              </span>
              <span>{t('bought', { date: format.date(gift.createdAt) })}</span>
              {state.kind === 'unredeemed' && (
                <GiftAfterAYear giftId={gift.id} recipient={gift.recipientEmail ?? ''} locale={locale} />
              )}
            </li>
          );
        })}
      </ul>
      <p>
        <Link href={localePath(locale, '/give/membership')}>{t('another')}</Link>
      </p>
    </section>
  );
}
