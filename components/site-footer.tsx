import { NewsletterSignup } from '@/components/newsletter-signup';
import { anonymousViewer, type Viewer } from '@/domain/auth/viewer';
import { DEFAULT_LOCALE, translated, type Locale } from '@/domain/i18n/locales';
import { listSections } from '@/lib/content/reads';
import { translator } from '@/lib/i18n/messages';
import { newsroomIn } from '@/lib/i18n/newsroom';
import { localePath } from '@/lib/i18n/paths';
import { membershipHref } from '@/lib/membership/links';

export async function SiteFooter({
  viewer = anonymousViewer,
  locale = DEFAULT_LOCALE,
}: {
  viewer?: Viewer;
  locale?: Locale;
}) {
  const sections = await listSections();
  const { name, description, contactEmail } = newsroomIn(locale);
  const t = translator(locale, 'siteFooter');
  const href = (path: string) => localePath(locale, path);
  return (
    <footer className="site-footer">
      <div className="wrap">
        <NewsletterSignup viewer={viewer} placement="footer" from={href('/')} />
      </div>
      <div className="wrap site-footer__grid">
        <div className="site-footer__about">
          <p className="wordmark__name">{name}</p>
          <p>{description}</p>
        </div>
        <nav aria-label={t('sectionsLabel')}>
          <h2 className="site-footer__heading">{t('sectionsHeading')}</h2>
          <ul>
            {sections.map((s) => (
              <li key={s.slug}>
                <a href={href(`/sections/${s.slug}`)}>{translated(s, 'name', locale)}</a>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label={t('aboutLabel')}>
          <h2 className="site-footer__heading">{t('aboutHeading')}</h2>
          <ul>
            <li>
              <a href={href('/about')}>{t('about')}</a>
            </li>
            <li>
              <a href={href(membershipHref('home'))}>{t('membership')}</a>
            </li>
            <li>
              <a href={href('/rss.xml')}>{t('rss')}</a>
            </li>
            <li>
              <a href={`mailto:${contactEmail}`}>{t('contact', { email: contactEmail })}</a>
            </li>
          </ul>
        </nav>
      </div>
      <p className="wrap site-footer__small">{t('privacy')}</p>
    </footer>
  );
}
