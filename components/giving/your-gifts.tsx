import Link from 'next/link';
import { listDonationsOfUser } from '@/db/queries/donations';
import type { Locale } from '@/domain/i18n/locales';
import { formatter, translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import './give-once.css';

/** "Your gifts" on /account: the one-off gifts given while signed in. Nothing shows until there is one. */
export async function YourGifts({ userId, locale }: { userId: string; locale: Locale }) {
  const gifts = await listDonationsOfUser({ userId });
  if (!gifts.length) return null;
  const t = translator(locale, 'yourGifts');
  const purposes = translator(locale, 'donationPurposes');
  const format = formatter(locale);
  return (
    <section className="account-card" id="gifts" aria-labelledby="gifts-heading">
      <h2 id="gifts-heading">{t('heading')}</h2>
      <p>{t('lede')}</p>
      <ul className="gift-list">
        {gifts.map((gift) => (
          <li key={gift.id}>
            <span>
              <strong>{format.money(gift.amount, gift.currency)}</strong> · {purposes(`${gift.purpose}.label`)}
            </span>
            <span>{format.date(gift.createdAt)}</span>
          </li>
        ))}
      </ul>
      <p>
        <Link href={localePath(locale, '/give')}>{t('again')}</Link>
      </p>
    </section>
  );
}
