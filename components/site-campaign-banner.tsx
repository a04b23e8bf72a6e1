import { CampaignBanner } from '@/components/campaign-banner';
import { activeCampaign, appealsByPlacement, shownBanner, todayIn } from '@/lib/appeals/appeals';
import { listAppeals } from '@/lib/content/reads';
import { getNewsroom } from '@/lib/newsroom';

/** The campaign banner as the site shows it: from the tagged cache, absent when switched off or over. */
export async function SiteCampaignBanner() {
  const { banner } = appealsByPlacement(await listAppeals());
  const today = todayIn(getNewsroom().timeZone);
  const shown = shownBanner(banner, today);
  return shown ? <CampaignBanner banner={shown} campaign={activeCampaign(shown, today)} /> : null;
}
