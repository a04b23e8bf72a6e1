import type { Metadata } from 'next';
import Link from 'next/link';
import { AccountMenu } from '@/components/account-menu';
import { can } from '@/domain/auth/permissions';
import { requirePermission } from '@/lib/auth/viewer';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: { default: 'Newsroom', template: '%s | Newsroom admin' },
  robots: { index: false },
};

/** The newsroom's side of the site. Staff only: the role is checked here and in every action. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requirePermission('admin:enter', '/admin');
  return (
    <div className="admin">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="admin__bar">
        <Link href="/admin" className="admin__brand">
          Ridgeline <span>Newsroom</span>
        </Link>
        <nav aria-label="Admin">
          <ul>
            <li>
              <Link href="/admin">Dashboard</Link>
            </li>
            <li>
              <Link href="/admin/articles">Articles</Link>
            </li>
            {can(viewer.role, 'authors:manage') && (
              <li>
                <Link href="/admin/authors">Authors</Link>
              </li>
            )}
            {can(viewer.role, 'taxonomy:manage') && (
              <li>
                <Link href="/admin/sections">Sections</Link>
              </li>
            )}
            {can(viewer.role, 'members:view') && (
              <li>
                <Link href="/admin/members">Members</Link>
              </li>
            )}
            {can(viewer.role, 'newsletters:manage') && (
              <li>
                <Link href="/admin/newsletters">Newsletters</Link>
              </li>
            )}
            {can(viewer.role, 'appeals:manage') && (
              <li>
                <Link href="/admin/appeals">Appeals</Link>
              </li>
            )}
            {can(viewer.role, 'pool:decide') && (
              <li>
                <Link href="/admin/pool">Pool</Link>
              </li>
            )}
            {can(viewer.role, 'staff:manage') && (
              <li>
                <Link href="/admin/people">People</Link>
              </li>
            )}
            <li>
              <Link href="/">View site</Link>
            </li>
          </ul>
        </nav>
        <AccountMenu viewer={viewer} />
      </header>
      <main id="main" className="admin__main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
