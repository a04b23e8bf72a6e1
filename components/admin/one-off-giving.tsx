import { getOneOffGiving } from '@/db/queries/donations';
import { getGiftMembershipSales } from '@/db/queries/gifts';
import { formatMoney } from '@/domain/membership/tiers';
import { getNewsroom } from '@/lib/newsroom';

const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * One-off gifts on the dashboard, kept apart from MRR (a gift recurs never): this calendar
 * month and the last 30 days, with the givers and the pool's share (gifts that fund memberships
 * for readers who cannot pay) shown on their own, and the gift memberships bought.
 */
export async function OneOffGiving({ now }: { now: Date }) {
  const { timeZone } = getNewsroom();
  const [rows, sales] = await Promise.all([
    getOneOffGiving({ now, timeZone }),
    getGiftMembershipSales({ now, timeZone }),
  ]);
  const sum = (pick: (row: (typeof rows)[number]) => number) =>
    rows.length ? rows.map((row) => formatMoney(pick(row), row.currency)).join(' + ') : formatMoney(0);
  const count = (pick: (row: (typeof rows)[number]) => number) => rows.reduce((n, row) => n + pick(row), 0);
  const periods = [
    { key: 'month', label: 'This month', of: (row: (typeof rows)[number]) => row.month, gifts: sales.month },
    { key: '30', label: 'Last 30 days', of: (row: (typeof rows)[number]) => row.last30Days, gifts: sales.last30Days },
  ];
  return (
    <section aria-labelledby="one-off-heading" className="dashboard-section">
      <h2 id="one-off-heading">One-off gifts</h2>
      <p className="field__hint">Not part of the monthly recurring revenue above.</p>
      <dl className="stat-grid">
        {periods.map((period) => (
          <div className="stat" key={period.key} data-period={period.key}>
            <dt>Given, {period.label.toLowerCase()}</dt>
            <dd>{sum((row) => period.of(row).cents)}</dd>
            <dd className="stat__hint">
              {counted(
                count((row) => period.of(row).gifts),
                'gift',
              )}{' '}
              from{' '}
              {counted(
                count((row) => period.of(row).donors),
                'donor',
              )}
            </dd>
            <dd className="stat__hint">
              of which {sum((row) => period.of(row).poolCents)} to the pool for readers who cannot pay
            </dd>
          </div>
        ))}
        {periods.map((period) => (
          <div className="stat" key={`gifts-${period.key}`} data-period={`gift-memberships-${period.key}`}>
            <dt>Gift memberships, {period.label.toLowerCase()}</dt>
            <dd>{formatMoney(period.gifts.cents)}</dd>
            <dd className="stat__hint">
              {counted(period.gifts.gifts, 'gift')} bought, {period.gifts.redeemed} redeemed
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
