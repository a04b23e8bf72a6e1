import { formatMoney } from '@/domain/membership/tiers';

type Figures = { balance: number; readersCarried: number };

/**
 * What the pay-it-forward pool holds and the readers it has carried: on /membership for readers
 * (never below zero, never a name), and in /admin/pool for the editors who decide on requests.
 */
export function PoolFigures({ figures, audience }: { figures: Figures; audience: 'readers' | 'editors' }) {
  const { balance, readersCarried } = figures;
  return (
    <div className="pool-figures">
      {audience === 'readers' ? (
        <>
          <p>
            <strong>{formatMoney(Math.max(0, balance))}</strong> in the pool now
          </p>
          <p>
            <strong>{readersCarried}</strong> {readersCarried === 1 ? 'reader' : 'readers'} given a membership so far
          </p>
        </>
      ) : (
        <>
          <p>
            <strong>{formatMoney(balance)}</strong> in the pool
          </p>
          <p>
            <strong>{readersCarried}</strong> memberships given from it
          </p>
        </>
      )}
    </div>
  );
}
