import type { Locale } from '@/domain/i18n/locales';
import { POOL_REASON_MAX } from '@/domain/membership/giving';
import { translator } from '@/lib/i18n/messages';
import { PoolRequestFields } from './pool-request-fields';

/** The request: the reason, from the address the reader is signed in with, in the edition's language. */
export function PoolRequestForm({ email, locale }: { email: string; locale: Locale }) {
  const t = translator(locale, 'poolRequestForm');
  return (
    <PoolRequestFields
      locale={locale}
      labels={{
        goesTo: t.rich('goesTo', { email, strong: (chunks) => <strong>{chunks}</strong> }),
        reason: t('reason'),
        hint: t('hint', { max: String(POOL_REASON_MAX) }),
        submit: t('submit'),
        pending: t('pending'),
      }}
    />
  );
}
