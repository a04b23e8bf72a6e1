import { formatCampaignDay, type AppealCopy, type Campaign } from '@/lib/appeals/appeals';
import { membershipHref } from '@/lib/membership/links';

/**
 * The site-wide membership campaign strip. Props only (the site's chrome reads the copy from the
 * tagged cache; the admin previews it from its form). It names the goal, not the running count:
 * a count here would make every new member re-render every page.
 */
export function CampaignBanner({
  banner,
  campaign,
}: {
  banner: Pick<AppealCopy, 'body' | 'buttonLabel'>;
  campaign: Campaign | null;
}) {
  return (
    <aside className="campaign-banner" aria-label="Membership campaign">
      <div className="wrap campaign-banner__inner">
        <p>
          {banner.body}
          {campaign && (
            <>
              {' '}
              <span className="campaign-banner__goal">
                Our goal: <strong>{campaign.goalMembers.toLocaleString('en-GB')} members</strong> by{' '}
                {formatCampaignDay(campaign.endsOn)}.
              </span>
            </>
          )}
        </p>
        <a href={membershipHref('banner')} className="campaign-banner__link">
          {banner.buttonLabel} <span aria-hidden="true">→</span>
        </a>
      </div>
    </aside>
  );
}
