import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { IssueTable } from '@/components/admin/newsletters/issue-table';
import { AUDIENCE_LABELS, plural } from '@/components/admin/newsletters/labels';
import { Pagination } from '@/components/ui/pagination';
import { getNewsletterForAdmin, listIssuesForAdmin } from '@/db/queries/admin-newsletters';
import { describeSchedule } from '@/domain/newsletters/newsletters';
import { requirePermission } from '@/lib/auth/viewer';
import { getNewsroom } from '@/lib/newsroom';
import { param } from '@/lib/search-params';
import { NewsletterForm } from '../newsletter-form';
import '@/components/admin/newsletters/newsletters.css';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: 'Newsletter' };

const pageNumber = (value: string | undefined) => (value && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : 1);

export default async function EditNewsletterPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  await requirePermission('newsletters:manage', `/admin/newsletters/${id}`);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const newsletterId = Number(id);
  const page = pageNumber(param(query, 'page'));
  const [newsletter, issues] = await Promise.all([
    getNewsletterForAdmin({ id: newsletterId }),
    listIssuesForAdmin({ newsletterId, page }),
  ]);
  if (!newsletter) notFound();
  const base = `/admin/newsletters/${newsletter.id}`;
  return (
    <>
      <p className="admin-back">
        <Link href="/admin/newsletters">← Newsletters</Link>
      </p>
      <div className="admin-heading">
        <h1 className="page-title">{newsletter.name}</h1>
        <Link href="/newsletters">View the public newsletters page</Link>
      </div>
      <p className="lede">
        {AUDIENCE_LABELS[newsletter.audience]} · {describeSchedule(newsletter.schedule) ?? 'No schedule'}
      </p>
      {param(query, 'created') && (
        <p className="notice" role="status">
          Newsletter added. Readers can subscribe to it on /newsletters.
        </p>
      )}

      <section className="nl-admin-section" aria-labelledby="settings-heading">
        <h2 id="settings-heading">Settings</h2>
        <NewsletterForm
          timeZone={getNewsroom().timeZone}
          newsletter={{
            id: newsletter.id,
            name: newsletter.name,
            slug: newsletter.slug,
            description: newsletter.description,
            sample: newsletter.sample,
            senderName: newsletter.senderName,
            language: newsletter.language,
            audience: newsletter.audience,
            autoSubscribeMembers: newsletter.autoSubscribeMembers,
            days: newsletter.scheduleDays,
            time: newsletter.scheduleTime ?? '',
          }}
        />
      </section>
      <section id="issues" className="nl-admin-section" aria-labelledby="issues-heading">
        <h2 id="issues-heading">Issues</h2>
        {issues.total > 0 && <p className="nl-admin-section__hint">{plural(issues.total, 'issue')}, newest first.</p>}
        {(issues.items.length > 0 || issues.total === 0) && (
          <IssueTable newsletterId={newsletter.id} issues={issues.items} />
        )}
        {issues.total > 0 && issues.items.length === 0 && (
          <p className="notice">
            There is no page {page}. <Link href={`${base}#issues`}>Back to the newest issues</Link>.
          </p>
        )}
        <Pagination
          basePath={base}
          page={issues.page}
          pageCount={issues.pageCount}
          hrefFor={(path, p) => `${p <= 1 ? path : `${path}?page=${p}`}#issues`}
        />
      </section>
    </>
  );
}
