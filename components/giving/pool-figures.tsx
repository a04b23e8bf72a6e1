import { DEFAULT_LOCALE, type Locale } from '@/domain/i18n/locales';
import { formatter, translator } from '@/lib/i18n/messages';

type Figures = { balance: number; readersCarried: number };

const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

/**
 * What the pay-it-forward pool holds and the readers it has carried: on /membership for readers
 * (never below zero, never a name), in their edition's language, and in /admin/pool for the
 * editors who decide on requests.
 */
export function PoolFigures({
  figures,
  audience,
  locale = DEFAULT_LOCALE,
}: {
  figures: Figures;
  audience: 'readers' | 'editors';
  locale?: Locale;
}) {
  const t = translator(locale, 'poolFigures');
  const format = formatter(locale);
  const { balance, readersCarried } = figures;
  // The count as it always read ("1234"), and as the plural form's number.
  const count = { shown: String(readersCarried), count: readersCarried, strong };
  return (
    <div className="pool-figures">
      {audience === 'readers' ? (
        <>
          <p>{t.rich('balance', { amount: format.money(Math.max(0, balance)), strong })}</p>
          <p>{t.rich('carried', count)}</p>
        </>
      ) : (
        <>
          <p>{t.rich('editorsBalance', { amount: format.money(balance), strong })}</p>
          <p>{t.rich('editorsCarried', count)}</p>
        </>
      )}
    </div>
  );
}
