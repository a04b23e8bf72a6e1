import type { Metadata } from 'next';
import Link from 'next/link';
import { ArticleCard } from '@/components/article-card';
import { listSavedArticles } from '@/db/queries/saved';
import { requireSignedIn } from '@/lib/auth/viewer';
import { entitlementOf } from '@/domain/membership/entitlement';
import { membershipHref } from '@/lib/membership/links';

export const metadata: Metadata = { title: 'Saved stories', robots: { index: false } };

export default async function SavedPage() {
  const viewer = await requireSignedIn('/account/saved');
  const member = entitlementOf(viewer).isMember;
  const saved = member ? await listSavedArticles({ userId: viewer.userId }) : [];
  return (
    <div className="wrap account-page">
      <p className="kicker">Account</p>
      <h1 className="page-title">Saved stories</h1>
      {!member ? (
        <p className="notice">
          Saving stories to read later is a member benefit. <Link href={membershipHref('home')}>Become a member</Link>
        </p>
      ) : saved.length === 0 ? (
        <p className="empty">Nothing saved yet. Use “Save for later” on any story.</p>
      ) : (
        <div>
          {saved.map((article) => (
            <ArticleCard key={article.id} article={article} variant="row" headingLevel={2} />
          ))}
        </div>
      )}
    </div>
  );
}
