import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { issueStatusLabel, number } from '@/components/admin/newsletters/labels';
import { RefreshWhileSending } from '@/components/admin/newsletters/refresh-while-sending';
import { DataTable } from '@/components/ui/data-table';
import { Pagination } from '@/components/ui/pagination';
import { getIssueProgress, getNewsletterForAdmin, listDeliveryProblems } from '@/db/queries/admin-newsletters';
import { requirePermission } from '@/lib/auth/viewer';
import { formatDateTime } from '@/lib/format';
import { param } from '@/lib/search-params';
import '@/components/admin/newsletters/newsletters.css';

type Props = {
  params: Promise<{ id: string; issueId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: 'Issue' };

const ID = /^\d{1,9}$/;
const pageNumber = (value: string | undefined) => (value && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : 1);

/** One issue's send: how far it has got, who it failed for and why. Refreshes itself while it runs. */
export default async function IssuePage({ params, searchParams }: Props) {
  const [{ id, issueId }, query] = await Promise.all([params, searchParams]);
  await requirePermission('newsletters:manage', `/admin/newsletters/${id}/issues/${issueId}`);
  if (!ID.test(id) || !ID.test(issueId)) notFound();
  const page = pageNumber(param(query, 'page'));
  const [newsletter, issue, problems] = await Promise.all([
    getNewsletterForAdmin({ id: Number(id) }),
    getIssueProgress({ newsletterId: Number(id), issueId: Number(issueId) }),
    listDeliveryProblems({ issueId: Number(issueId), page }),
  ]);
  if (!newsletter || !issue) notFound();
  const sending = issue.sendStatus === 'sending';
  const mailed = issue.total > 0 || issue.recipientCount !== null;
  const base = `/admin/newsletters/${newsletter.id}/issues/${issue.id}`;
  const archive = `/newsletters/${newsletter.slug}/${issue.slug}`;
  const tiles = [
    ['Recipients', issue.recipients],
    ['Sent', issue.sent],
    ['Queued or sending', issue.queued + issue.sending],
    ['Failed', issue.failed],
    ['Bounced', issue.bounced],
  ] as const;

  return (
    <>
      {sending && <RefreshWhileSending everyMs={2000} />}
      <p className="admin-back">
        <Link href={`/admin/newsletters/${newsletter.id}`}>← {newsletter.name}</Link>
      </p>
      <div className="admin-heading">
        <h1 className="page-title">{issue.subject}</h1>
        <Link href={archive}>Read it in the web archive</Link>
      </div>
      <p className="lede nl-admin-summary">
        <span
          className={`nl-admin-status nl-admin-status--${issueStatusLabel(issue).toLowerCase().replace(/\s+/g, '-')}`}
        >
          {issueStatusLabel(issue)}
        </span>{' '}
        {mailed ? `sent ${number(issue.sent)} of ${number(issue.recipients)}` : 'This issue was not mailed from here.'}
        {sending && <span className="nl-admin-summary__live"> · This page updates itself every 2 seconds.</span>}
      </p>

      {mailed && (
        <>
          <dl className="stat-grid nl-admin-tiles">
            {tiles.map(([label, value]) => (
              <div key={label} className="stat">
                <dt>{label}</dt>
                <dd>{number(value)}</dd>
              </div>
            ))}
          </dl>
          {issue.recipients > 0 && (
            <div
              className="nl-admin-progress"
              role="img"
              aria-label={`${Math.round((issue.sent / issue.recipients) * 100)}% sent`}
            >
              <span style={{ width: `${Math.min(100, (issue.sent / issue.recipients) * 100)}%` }} />
            </div>
          )}
        </>
      )}

      <dl className="nl-admin-facts">
        <div>
          <dt>Started</dt>
          <dd>
            {issue.sentAt ? <time dateTime={issue.sentAt.toISOString()}>{formatDateTime(issue.sentAt)}</time> : '—'}
          </dd>
        </div>
        <div>
          <dt>Finished</dt>
          <dd>
            {issue.finishedAt ? (
              <time dateTime={issue.finishedAt.toISOString()}>{formatDateTime(issue.finishedAt)}</time>
            ) : sending ? (
              'Still sending'
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div>
          <dt>Access</dt>
          <dd>{issue.access === 'members' ? 'Members only' : 'Public'}</dd>
        </div>
      </dl>

      {mailed && (
        <section className="nl-admin-section" aria-labelledby="versions-heading">
          <h2 id="versions-heading">Members and free subscribers</h2>
          <DataTable
            className="nl-admin-versions"
            rows={[
              { key: 'member', label: 'Members', note: 'The whole issue', counts: issue.member },
              { key: 'free', label: 'Free subscribers', note: 'Members-only parts cut', counts: issue.free },
            ]}
            rowKey={(row) => row.key}
            empty=""
            columns={[
              {
                heading: 'Version',
                rowHeader: true,
                cell: (row) => (
                  <>
                    {row.label}
                    <span className="nl-admin-versions__note">{row.note}</span>
                  </>
                ),
              },
              { heading: 'Recipients', className: 'num', cell: (row) => number(row.counts.total) },
              { heading: 'Sent', className: 'num', cell: (row) => number(row.counts.sent) },
              {
                heading: 'Not delivered',
                className: 'num',
                cell: (row) => number(row.counts.failed + row.counts.bounced),
              },
            ]}
          />
        </section>
      )}

      {mailed && (
        <section className="nl-admin-section" aria-labelledby="problems-heading">
          <h2 id="problems-heading">Failures and bounces</h2>
          <p className="nl-admin-section__hint">
            A bounced address is on the <Link href="/admin/newsletters/suppressions">suppression list</Link> and gets no
            more bulk mail until it is cleared.
          </p>
          <DataTable
            className="nl-admin-problems"
            labelCells
            rows={problems.items}
            rowKey={(row) => row.id}
            empty={
              problems.total > 0 ? (
                <>
                  There is no page {page}. <Link href={base}>Back to the first page</Link>.
                </>
              ) : (
                'None so far.'
              )
            }
            columns={[
              {
                heading: 'Address',
                rowHeader: true,
                cell: (row) => <span className="nl-admin-problems__email">{row.email}</span>,
              },
              { heading: 'What happened', cell: (row) => (row.status === 'bounced' ? 'Bounced' : 'Failed') },
              {
                heading: 'The mail server’s answer',
                cell: (row) => row.error ?? <span className="nl-admin-muted">No answer recorded</span>,
              },
              { heading: 'Attempts', className: 'num', cell: (row) => number(row.attempts) },
            ]}
          />
          <Pagination
            basePath={base}
            page={problems.page}
            pageCount={problems.pageCount}
            hrefFor={(path, p) => (p <= 1 ? path : `${path}?page=${p}`)}
          />
        </section>
      )}
    </>
  );
}
