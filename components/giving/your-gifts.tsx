import Link from 'next/link';
import { listDonationsOfUser } from '@/db/queries/donations';
import { DONATION_PURPOSE_LABELS } from '@/domain/membership/give-once';
import { formatMoney } from '@/domain/membership/tiers';
import { formatDate } from '@/lib/format';
import './give-once.css';

/** "Your gifts" on /account: the one-off gifts given while signed in. Nothing shows until there is one. */
export async function YourGifts({ userId }: { userId: string }) {
  const gifts = await listDonationsOfUser({ userId });
  if (!gifts.length) return null;
  return (
    <section className="account-card" id="gifts" aria-labelledby="gifts-heading">
      <h2 id="gifts-heading">Your gifts</h2>
      <p>One-off gifts you gave while signed in. Each was taken once; a receipt went to your address.</p>
      <ul className="gift-list">
        {gifts.map((gift) => (
          <li key={gift.id}>
            <span>
              <strong>{formatMoney(gift.amount, gift.currency)}</strong> · {DONATION_PURPOSE_LABELS[gift.purpose]}
            </span>
            <span>{formatDate(gift.createdAt)}</span>
          </li>
        ))}
      </ul>
      <p>
        <Link href="/give">Give again</Link>
      </p>
    </section>
  );
}
