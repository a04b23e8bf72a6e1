import { listBenefits } from '@/lib/content/reads';
import { PaywallPanel, type PaywallProps } from './paywall-panel';

/**
 * Shown in place of the rest of a members-only story (or newsletter issue, which names its own
 * heading and the page to come back to after signing in). The rest of the text is never sent.
 * The benefits are the newsroom's list from the admin, read through the tagged cache (the English
 * list for now: the cached read takes no language yet).
 */
export async function Paywall(props: PaywallProps) {
  return <PaywallPanel benefits={await listBenefits()} {...props} />;
}
