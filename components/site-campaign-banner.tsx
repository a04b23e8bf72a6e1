import { CampaignBanner } from '@/components/campaign-banner';
import { DEFAULT_LOCALE, type Locale } from '@/domain/i18n/locales';
import { activeCampaign, appealsByPlacement, shownBanner, todayIn } from '@/lib/appeals/appeals';
import { listAppeals } from '@/lib/content/reads';
import { getNewsroom } from '@/lib/newsroom';

/**
 * The campaign banner as the site shows it: from the tagged cache, absent when switched off or over.
 * The copy is the English edition's for now (the cached read takes no language yet); the goal line
 * is in `locale`.
 */
export async function SiteCampaignBanner({ locale = DEFAULT_LOCALE }: { locale?: Locale }) {
  const { banner } = appealsByPlacement(await listAppeals({ locale }));
  const today = todayIn(getNewsroom().timeZone);
  const shown = shownBanner(banner, today);
  return shown ? <CampaignBanner banner={shown} campaign={activeCampaign(shown, today)} locale={locale} /> : null;
}
