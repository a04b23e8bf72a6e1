import type { AppealCopy, Campaign } from '@/lib/appeals/appeals';
import { DEFAULT_LOCALE, type Locale } from '@/domain/i18n/locales';
import { formatCalendarDay, translator } from '@/lib/i18n/core';
import { localePath } from '@/lib/i18n/paths';
import { membershipHref } from '@/lib/membership/links';

/**
 * The site-wide membership campaign strip. Props only (the site's chrome reads the copy from the
 * tagged cache; the admin previews it from its form). It names the goal, not the running count:
 * a count here would make every new member re-render every page.
 */
export function CampaignBanner({
  banner,
  campaign,
  locale = DEFAULT_LOCALE,
}: {
  banner: Pick<AppealCopy, 'body' | 'buttonLabel'>;
  campaign: Campaign | null;
  locale?: Locale;
}) {
  const t = translator(locale, 'campaignBanner');
  return (
    <aside className="campaign-banner" aria-label={t('label')}>
      <div className="wrap campaign-banner__inner">
        <p>
          {banner.body}
          {campaign && (
            <>
              {' '}
              <span className="campaign-banner__goal">
                {t.rich('goal', {
                  count: campaign.goalMembers,
                  day: formatCalendarDay(locale, campaign.endsOn),
                  strong: (chunks) => <strong>{chunks}</strong>,
                })}
              </span>
            </>
          )}
        </p>
        <a href={localePath(locale, membershipHref('banner'))} className="campaign-banner__link">
          {banner.buttonLabel} <span aria-hidden="true">→</span>
        </a>
      </div>
    </aside>
  );
}
