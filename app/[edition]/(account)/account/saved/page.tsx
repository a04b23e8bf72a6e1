import type { Metadata } from 'next';
import Link from 'next/link';
import { ArticleCard } from '@/components/article-card';
import { listSavedArticles } from '@/db/queries/saved';
import { requireSignedIn } from '@/lib/auth/viewer';
import { entitlementOf } from '@/domain/membership/entitlement';
import { editionLocale } from '@/lib/i18n/edition';
import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { membershipHref } from '@/lib/membership/links';

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await editionLocale(), 'savedPage')('metaTitle'), robots: { index: false } };
}

export default async function SavedPage() {
  const locale = await editionLocale();
  const t = translator(locale, 'savedPage');
  const viewer = await requireSignedIn(localePath(locale, '/account/saved'));
  const member = entitlementOf(viewer).isMember;
  const saved = member ? await listSavedArticles({ userId: viewer.userId }) : [];
  return (
    <div className="wrap account-page">
      <p className="kicker">{translator(locale, 'accountPage')('kicker')}</p>
      <h1 className="page-title">{t('title')}</h1>
      {!member ? (
        <p className="notice">
          {t.rich('membersOnly', {
            link: (chunks) => <Link href={localePath(locale, membershipHref('home'))}>{chunks}</Link>,
          })}
        </p>
      ) : saved.length === 0 ? (
        <p className="empty">{t('empty', { button: translator(locale, 'saveButton')('save') })}</p>
      ) : (
        <div>
          {/* Saved stories may be in any language: each card is in its story's, and links to its edition. */}
          {saved.map((article) => (
            <ArticleCard key={article.id} article={article} variant="row" headingLevel={2} locale={article.language} />
          ))}
        </div>
      )}
    </div>
  );
}
