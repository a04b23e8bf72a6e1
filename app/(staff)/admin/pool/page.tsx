import type { Metadata } from 'next';
import { PoolFigures } from '@/components/giving/pool-figures';
import { getPoolFigures, listPoolRequests } from '@/db/queries/gifts';
import { describeGift } from '@/domain/membership/gift-membership';
import { firstValue } from '@/lib/search-params';
import { requirePermission } from '@/lib/auth/viewer';
import { formatDate, formatDateTime } from '@/lib/format';
import { DataTable, type Column } from '@/components/ui/data-table';
import { PoolDecisionForm } from './decision-form';
import '@/components/giving/give-once.css';

export const metadata: Metadata = { title: 'Pool' };

type Decided = Awaited<ReturnType<typeof listPoolRequests>>['decided'][number];

const DECIDED_COLUMNS: Column<Decided>[] = [
  { heading: 'Reader', cell: (row) => row.email, rowHeader: true },
  {
    heading: 'Decision',
    cell: (row) =>
      `${row.status === 'approved' ? 'Approved' : 'Declined'}${row.decidedAt ? `, ${formatDate(row.decidedAt)}` : ''}`,
  },
  { heading: 'By', cell: (row) => row.decidedBy ?? row.decidedByEmail ?? '—' },
  {
    heading: 'Redeemed',
    cell: (row) => (row.status === 'approved' ? (row.redeemedAt ? formatDate(row.redeemedAt) : 'Not yet') : '—'),
  },
];

/**
 * The pool readers fund for readers who cannot pay: what it holds, the requests waiting with
 * their reasons, and the decisions made (whose reasons are deleted).
 */
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** What the last decision did, said once its request has left the waiting list. */
function decisionNotice(params: Record<string, string | string[] | undefined>, decided: Decided[]): string | null {
  const approved = decided.find((row) => String(row.id) === firstValue(params.approved) && row.status === 'approved');
  if (approved)
    return `Approved: ${describeGift({ tier: approved.tier ?? '', months: approved.months ?? 0 })} on its way to ${approved.email} by email.`;
  const declined = decided.find((row) => String(row.id) === firstValue(params.declined) && row.status === 'declined');
  if (declined)
    return `Declined: a short, kind note is on its way to ${declined.email}, and the reason has been deleted.`;
  return null;
}

export default async function PoolPage({ searchParams }: Props) {
  await requirePermission('pool:decide', '/admin/pool');
  const [{ pending, decided }, figures, params] = await Promise.all([
    listPoolRequests(),
    getPoolFigures(),
    searchParams,
  ]);
  const notice = decisionNotice(params, decided);
  return (
    <>
      <h1 className="page-title">Pool</h1>
      <p className="lede">
        Memberships readers fund for readers who cannot pay. Approving a request sends its reader a gift membership paid
        from the pool; either way, the reason is deleted.
      </p>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <PoolFigures figures={figures} audience="editors" />
      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading" className="section-heading">
          Waiting ({pending.length})
        </h2>
        {pending.length ? (
          <ul className="pool-requests">
            {pending.map((request) => (
              <li key={request.id} className="pool-request">
                <p className="pool-request__who">
                  <strong>{request.email}</strong> · asked {formatDateTime(request.createdAt)}
                </p>
                <blockquote className="gift-message">{request.reason}</blockquote>
                <PoolDecisionForm requestId={request.id} />
              </li>
            ))}
          </ul>
        ) : (
          <p>No requests are waiting.</p>
        )}
      </section>
      <section aria-labelledby="decided-heading">
        <h2 id="decided-heading" className="section-heading">
          Decided
        </h2>
        <DataTable
          columns={DECIDED_COLUMNS}
          rows={decided}
          rowKey={(row) => row.id}
          empty="Nothing decided yet."
          labelCells
          scroll
        />
      </section>
    </>
  );
}
