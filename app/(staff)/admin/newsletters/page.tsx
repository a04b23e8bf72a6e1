import type { Metadata } from 'next';
import Link from 'next/link';
import { AUDIENCE_LABELS, number } from '@/components/admin/newsletters/labels';
import { DataTable } from '@/components/ui/data-table';
import { listNewslettersForAdmin } from '@/db/queries/admin-newsletters';
import { describeSchedule } from '@/domain/newsletters/newsletters';
import { requirePermission } from '@/lib/auth/viewer';
import { formatDate } from '@/lib/format';
import '@/components/admin/newsletters/newsletters.css';

export const metadata: Metadata = { title: 'Newsletters' };

export default async function NewslettersPage() {
  await requirePermission('newsletters:manage', '/admin/newsletters');
  const rows = await listNewslettersForAdmin();
  return (
    <>
      <div className="admin-heading">
        <h1 className="page-title">Newsletters</h1>
        <Link href="/admin/newsletters/new" className="button button--primary">
          New newsletter
        </Link>
      </div>
      <p className="lede">
        What readers can subscribe to, who may receive each one and when it goes out. Subscribers are readers who
        confirmed. Addresses that bounce are on the <Link href="/admin/newsletters/suppressions">suppression list</Link>
        .
      </p>
      <DataTable
        className="nl-admin-list"
        labelCells
        rows={rows}
        rowKey={(row) => row.id}
        empty="No newsletters yet. Add the first one."
        columns={[
          {
            heading: 'Newsletter',
            rowHeader: true,
            cell: (row) => (
              <>
                <Link href={`/admin/newsletters/${row.id}`} className="nl-admin-list__name">
                  {row.name}
                </Link>
                <div className="nl-admin-list__meta">{AUDIENCE_LABELS[row.audience]}</div>
              </>
            ),
          },
          {
            heading: 'Schedule',
            cell: (row) => describeSchedule(row.schedule) ?? <span className="nl-admin-muted">No schedule</span>,
          },
          {
            heading: 'Subscribers',
            className: 'num',
            cell: (row) => (
              <div>
                {number(row.subscribers)}
                {row.membersNow !== null && row.subscribers > 0 && (
                  <div className="nl-admin-list__meta">
                    {row.membersNow === row.subscribers
                      ? 'all members now'
                      : `${number(row.membersNow)} of them members now`}
                  </div>
                )}
              </div>
            ),
          },
          {
            heading: 'Last issue',
            cell: (row) =>
              row.lastIssue ? (
                <div>
                  <Link href={`/admin/newsletters/${row.id}/issues/${row.lastIssue.id}`}>{row.lastIssue.subject}</Link>
                  <div className="nl-admin-list__meta">
                    {row.lastIssue.sendStatus === 'sending' ? 'Sending since ' : ''}
                    {row.lastIssue.sentAt && (
                      <time dateTime={row.lastIssue.sentAt.toISOString()}>{formatDate(row.lastIssue.sentAt)}</time>
                    )}
                  </div>
                </div>
              ) : (
                <span className="nl-admin-muted">None yet</span>
              ),
          },
        ]}
      />
    </>
  );
}
