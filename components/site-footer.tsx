import { NewsletterSignup } from '@/components/newsletter-signup';
import { anonymousViewer, type Viewer } from '@/domain/auth/viewer';
import { listSections } from '@/lib/content/reads';
import { membershipHref } from '@/lib/membership/links';
import { getNewsroom } from '@/lib/newsroom';

export async function SiteFooter({ viewer = anonymousViewer }: { viewer?: Viewer }) {
  const sections = await listSections();
  const { name, description, contactEmail } = getNewsroom();
  return (
    <footer className="site-footer">
      <div className="wrap">
        <NewsletterSignup viewer={viewer} placement="footer" from="/" />
      </div>
      <div className="wrap site-footer__grid">
        <div className="site-footer__about">
          <p className="wordmark__name">{name}</p>
          <p>{description}</p>
        </div>
        <nav aria-label="Sections">
          <h2 className="site-footer__heading">Sections</h2>
          <ul>
            {sections.map((s) => (
              <li key={s.slug}>
                <a href={`/sections/${s.slug}`}>{s.name}</a>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label="About Ridgeline">
          <h2 className="site-footer__heading">Ridgeline</h2>
          <ul>
            <li>
              <a href="/about">About us</a>
            </li>
            <li>
              <a href={membershipHref('home')}>Membership</a>
            </li>
            <li>
              <a href="/rss.xml">RSS feed</a>
            </li>
            <li>
              <a href={`mailto:${contactEmail}`}>Contact: {contactEmail}</a>
            </li>
          </ul>
        </nav>
      </div>
      <p className="wrap site-footer__small">
        We use no third-party trackers and never publish the names of our members.
      </p>
    </footer>
  );
}
