import type { Viewer } from '@/domain/auth/viewer';
import { DEFAULT_LOCALE, LOCALES, translated, type Locale } from '@/domain/i18n/locales';
import { listRegions, listSections } from '@/lib/content/reads';
import { otherEditions } from '@/lib/i18n/alternates';
import { translator } from '@/lib/i18n/messages';
import { newsroomIn } from '@/lib/i18n/newsroom';
import { localePath } from '@/lib/i18n/paths';
import { membershipHref } from '@/lib/membership/links';
import { AccountMenu } from './account-menu';

export async function SiteHeader({
  viewer,
  isMember,
  locale = DEFAULT_LOCALE,
}: {
  viewer: Viewer;
  isMember: boolean;
  locale?: Locale;
}) {
  const [sections, regions] = await Promise.all([listSections(), listRegions()]);
  const { name, tagline } = newsroomIn(locale);
  const t = translator(locale, 'siteHeader');
  const href = (path: string) => localePath(locale, path);
  return (
    <header className="site-header">
      <div className="site-header__top wrap">
        <a href={href('/')} className="wordmark">
          <span className="wordmark__name">{name}</span>
          <span className="visually-hidden">{t('homePage')}</span>
          <span className="wordmark__tagline">{tagline}</span>
        </a>
        <div className="site-header__actions">
          {otherEditions(locale).map((other) => (
            <a
              key={other}
              href={localePath(other, '/')}
              hrefLang={other}
              lang={LOCALES[other].tag}
              className="language-switch"
              aria-label={LOCALES[other].name}
              title={translator(other, 'languageSwitch')('switchTo')}
            >
              <span className="language-switch__name">{LOCALES[other].name}</span>
              <span className="language-switch__code" aria-hidden="true">
                {other.toUpperCase()}
              </span>
            </a>
          ))}
          <a href={href('/search')} className="site-header__search">
            {t('search')}
          </a>
          <AccountMenu viewer={viewer} locale={locale} />
          {isMember ? (
            <span className="site-header__member">{t('member')}</span>
          ) : (
            <a href={href(membershipHref('header'))} className="button button--primary button--small">
              {t('becomeMember')}
            </a>
          )}
        </div>
      </div>
      <nav className="site-nav" aria-label={t('navLabel')}>
        <div className="wrap site-nav__inner">
          <ul className="site-nav__sections">
            {sections.map((section) => (
              <li key={section.slug}>
                <a href={href(`/sections/${section.slug}`)}>{translated(section, 'name', locale)}</a>
              </li>
            ))}
            <li className="site-nav__search-mobile">
              <a href={href('/search')}>{t('search')}</a>
            </li>
          </ul>
          <ul className="site-nav__regions" aria-label={t('regionsLabel')}>
            {regions.map((region) => (
              <li key={region.slug}>
                <a href={href(`/regions/${region.slug}`)}>{translated(region, 'name', locale)}</a>
              </li>
            ))}
          </ul>
        </div>
      </nav>
    </header>
  );
}
