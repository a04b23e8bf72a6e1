import Link from 'next/link';
import type { Viewer } from '@/lib/auth/viewer-types';
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
        <Link href="/" className="wordmark">
          <span className="wordmark__name">{name}</span>
          <span className="visually-hidden">, home page. </span>
          <span className="wordmark__tagline">{tagline}</span>
        </Link>
        <div className="site-header__actions">
          <Link href="/search" className="site-header__search">
            Search
          </Link>
          <AccountMenu viewer={viewer} />
          {isMember ? (
            <span className="site-header__member">Member</span>
          ) : (
            <Link href={membershipHref('header')} className="button button--primary button--small">
              Become a member
            </Link>
          )}
        </div>
      </div>
      <nav className="site-nav" aria-label="Sections and regions">
        <div className="wrap site-nav__inner">
          <ul className="site-nav__sections">
            {sections.map((section) => (
              <li key={section.slug}>
                <Link href={`/sections/${section.slug}`}>{section.name}</Link>
              </li>
            ))}
            <li className="site-nav__search-mobile">
              <Link href="/search">Search</Link>
            </li>
          </ul>
          <ul className="site-nav__regions" aria-label="Regions">
            {regions.map((region) => (
              <li key={region.slug}>
                <Link href={`/regions/${region.slug}`}>{region.name}</Link>
              </li>
            ))}
          </ul>
        </div>
      </nav>
    </header>
  );
}
