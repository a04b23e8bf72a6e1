import Link from 'next/link';
import { DataTable } from '@/components/ui/data-table';
import type { AdminIssueRow } from '@/db/queries/admin-newsletters';
import { formatDateTime } from '@/lib/format';
import { issueStatusLabel, number } from './labels';

/** A newsletter's issues, newest first: what went out, when, and how its deliveries stand. */
export function IssueTable({ newsletterId, issues }: { newsletterId: number; issues: AdminIssueRow[] }) {
  return (
    <DataTable
      className="nl-admin-issues"
      labelCells
      rows={issues}
      rowKey={(issue) => issue.id}
      empty="No issues yet. An issue is written in the article editor and appears here once it is sent."
      columns={[
        {
          heading: 'Subject',
          rowHeader: true,
          cell: (issue) => <Link href={`/admin/newsletters/${newsletterId}/issues/${issue.id}`}>{issue.subject}</Link>,
        },
        {
          heading: 'Sent',
          cell: (issue) =>
            issue.sentAt ? (
              <time dateTime={issue.sentAt.toISOString()}>{formatDateTime(issue.sentAt)}</time>
            ) : (
              <span className="nl-admin-muted">Not yet</span>
            ),
        },
        {
          heading: 'Status',
          cell: (issue) => {
            const label = issueStatusLabel(issue);
            return (
              <span className={`nl-admin-status nl-admin-status--${label.toLowerCase().replace(/\s+/g, '-')}`}>
                {label}
              </span>
            );
          },
        },
        {
          heading: 'Delivered',
          cell: (issue) =>
            issue.total === 0 && issue.recipientCount === null ? (
              <span className="nl-admin-muted">Not mailed from here</span>
            ) : (
              `sent ${number(issue.sent)} of ${number(issue.recipients)}`
            ),
        },
        { heading: 'Failed', className: 'num', cell: (issue) => number(issue.failed) },
        { heading: 'Bounced', className: 'num', cell: (issue) => number(issue.bounced) },
      ]}
    />
  );
}
