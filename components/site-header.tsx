import type { Viewer } from '@/domain/auth/viewer';
import { listRegions, listSections } from '@/lib/content/reads';
import { membershipHref } from '@/lib/membership/links';
import { getNewsroom } from '@/lib/newsroom';
import { AccountMenu } from './account-menu';

export async function SiteHeader({ viewer, isMember }: { viewer: Viewer; isMember: boolean }) {
  const [sections, regions] = await Promise.all([listSections(), listRegions()]);
  const { name, tagline } = getNewsroom();
  return (
    <header className="site-header">
      <div className="site-header__top wrap">
        <a href="/" className="wordmark">
          <span className="wordmark__name">{name}</span>
          <span className="visually-hidden">, home page. </span>
          <span className="wordmark__tagline">{tagline}</span>
        </a>
        <div className="site-header__actions">
          <a href="/search" className="site-header__search">
            Search
          </a>
          <AccountMenu viewer={viewer} />
          {isMember ? (
            <span className="site-header__member">Member</span>
          ) : (
            <a href={membershipHref('header')} className="button button--primary button--small">
              Become a member
            </a>
          )}
        </div>
      </div>
      <nav className="site-nav" aria-label="Sections and regions">
        <div className="wrap site-nav__inner">
          <ul className="site-nav__sections">
            {sections.map((section) => (
              <li key={section.slug}>
                <a href={`/sections/${section.slug}`}>{section.name}</a>
              </li>
            ))}
            <li className="site-nav__search-mobile">
              <a href="/search">Search</a>
            </li>
          </ul>
          <ul className="site-nav__regions" aria-label="Regions">
            {regions.map((region) => (
              <li key={region.slug}>
                <a href={`/regions/${region.slug}`}>{region.name}</a>
              </li>
            ))}
          </ul>
        </div>
      </nav>
    </header>
  );
}
