import Link from 'next/link';
import { listGiftsBoughtBy } from '@/db/queries/gifts';
import { describeGift, giftState, type GiftState } from '@/domain/membership/gift-membership';
import { formatDate } from '@/lib/format';
import { GiftAfterAYear } from './gift-after-a-year';
import './give-once.css';

function stateText(state: GiftState, recipient: string | null): string {
  const to = recipient ? ` to ${recipient}` : '';
  switch (state.kind) {
    case 'scheduled':
      return `Goes by email${to} on ${formatDate(state.on)}`;
    case 'delivered':
      return `Emailed${to} on ${formatDate(state.on)}; not redeemed yet`;
    case 'link':
      return 'A link you share yourself; not redeemed yet';
    case 'redeemed':
      return `Redeemed on ${formatDate(state.on)}`;
    case 'given-to-pool':
      return `Given to the pool on ${formatDate(state.on)}`;
    case 'unredeemed':
      return `Not redeemed in a year${to}`;
  }
}

/**
 * "Memberships you gave" on /account: each gift and where it is. One nobody redeemed in a year
 * can be sent again or given to the pool. Nothing shows until there is one.
 */
export async function GiftsGiven({ buyer }: { buyer: { userId: string; email: string } }) {
  const gifts = await listGiftsBoughtBy(buyer);
  if (!gifts.length) return null;
  const now = new Date();
  return (
    <section className="account-card" id="gifts-given" aria-labelledby="gifts-given-heading">
      <h2 id="gifts-given-heading">Memberships you gave</h2>
      <ul className="gift-list">
        {gifts.map((gift) => {
          const state = giftState(gift, now);
          return (
            <li key={gift.id}>
              <span>
                <strong>{describeGift(gift)}</strong> · {stateText(state, gift.recipientEmail)}
              </span>
              <span>Bought {formatDate(gift.createdAt)}</span>
              {state.kind === 'unredeemed' && <GiftAfterAYear giftId={gift.id} recipient={gift.recipientEmail ?? ''} />}
            </li>
          );
        })}
      </ul>
      <p>
        <Link href="/give/membership">Give another membership</Link>
      </p>
    </section>
  );
}
