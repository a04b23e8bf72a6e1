import type { Metadata } from 'next';
import { GiveOnceForm } from '@/components/giving/give-once-form';
import { parseGift } from '@/domain/membership/give-once';
import { linkSlug } from '@/domain/slug';
import { safeCallbackUrl } from '@/lib/auth/sign-in';
import { getNewsroom } from '@/lib/newsroom';
import { firstValue } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Give once', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * A one-off gift on its own page: where a refused give-once form comes back to, with what was
 * typed and why (read again from the values), and where "Give once" can be linked to.
 */
export default async function GivePage({ searchParams }: Props) {
  const params = await searchParams;
  const typed = (key: string) => (firstValue(params[key]) ?? '').slice(0, 200);
  const gift = parseGift({ amount: typed('amount'), other: typed('other'), purpose: typed('purpose') });
  const refused = typed('refused') === '1' && !gift.ok ? gift : null;
  const unavailable = typed('unavailable') === '1';
  const back = typed('back') ? safeCallbackUrl(typed('back')) : '/membership';
  const values =
    refused?.form ??
    (typed('amount') || typed('other')
      ? { amount: typed('amount'), other: typed('other'), purpose: typed('purpose') }
      : undefined);
  const { name } = getNewsroom();
  return (
    <div className="wrap auth-page give-page">
      <p className="kicker">Support {name}</p>
      <h1 className="page-title">Give once</h1>
      <p className="lede">
        A single gift, any size from $3, keeps our reporters working. No account needed, and nothing is taken again.
      </p>
      {unavailable && (
        <p className="notice" role="alert">
          We could not reach our payment provider. Nothing was charged; please try again in a minute.
        </p>
      )}
      <GiveOnceForm
        idPrefix="give"
        from={linkSlug(typed('from')) ?? ''}
        placement={linkSlug(typed('placement')) ?? ''}
        back={back}
        values={values}
        error={refused?.error}
      />
      <p className="auth-page__small">
        <a href={back}>← Back</a>
      </p>
    </div>
  );
}
