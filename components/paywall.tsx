import { DEFAULT_LOCALE } from '@/domain/i18n/locales';
import { listBenefits } from '@/lib/content/reads';
import { PaywallPanel, type PaywallProps } from './paywall-panel';

/**
 * Shown in place of the rest of a members-only story (or newsletter issue, which names its own
 * heading and the page to come back to after signing in). The rest of the text is never sent.
 * The benefits are the newsroom's list from the admin in the page's edition, read through the
 * tagged cache.
 */
export async function Paywall(props: PaywallProps) {
  return <PaywallPanel benefits={await listBenefits({ locale: props.locale ?? DEFAULT_LOCALE })} {...props} />;
}
