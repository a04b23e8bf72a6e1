import Link from 'next/link';
import { membershipHref } from '@/lib/membership/links';
import { activeCampaignBanner } from '@/lib/newsroom';

/** The site-wide membership campaign strip. */
export function CampaignBanner() {
  const banner = activeCampaignBanner();
  if (!banner) return null;
  return (
    <aside className="campaign-banner" aria-label="Membership campaign">
      <div className="wrap campaign-banner__inner">
        <p>{banner.text}</p>
        <Link href={membershipHref('banner')} className="campaign-banner__link">
          {banner.buttonLabel} <span aria-hidden="true">→</span>
        </Link>
      </div>
    </aside>
  );
}
