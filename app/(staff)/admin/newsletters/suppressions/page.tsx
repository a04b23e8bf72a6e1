import type { Metadata } from 'next';
import Link from 'next/link';
import { SUPPRESSION_REASONS, plural } from '@/components/admin/newsletters/labels';
import { DataTable } from '@/components/ui/data-table';
import { Field } from '@/components/ui/field';
import { FilterBar } from '@/components/ui/filter-bar';
import { Pagination } from '@/components/ui/pagination';
import { SubmitButton } from '@/components/ui/submit-button';
import { listSuppressions } from '@/db/queries/admin-newsletters';
import { clearSuppressionAction } from '@/features/newsletters/admin-actions';
import { requirePermission } from '@/lib/auth/viewer';
import { formatDateTime } from '@/lib/format';
import { param, type SearchParams } from '@/lib/search-params';
import '@/components/admin/newsletters/newsletters.css';

export const metadata: Metadata = { title: 'Suppression list' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** ?q=&page=, and the address the last "Clear" named (?cleared= or, when it was already gone, ?gone=). */
function readQuery(params: SearchParams) {
  const q = (param(params, 'q') ?? '').trim().slice(0, 200);
  const page = param(params, 'page');
  const address = (key: string) => {
    const value = param(params, key);
    return value && value.length <= 320 && /^[^\s<>]+$/.test(value) ? value : null;
  };
  return {
    q,
    page: page && /^[1-9]\d{0,5}$/.test(page) ? Number(page) : 1,
    cleared: address('cleared'),
    gone: address('gone'),
  };
}

const listHref = (q: string, page = 1) => {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/admin/newsletters/suppressions?${query}` : '/admin/newsletters/suppressions';
};

export default async function SuppressionsPage({ searchParams }: Props) {
  await requirePermission('newsletters:manage', '/admin/newsletters/suppressions');
  const { q, page, cleared, gone } = readQuery(await searchParams);
  const result = await listSuppressions({ q, page });
  return (
    <>
      <p className="admin-back">
        <Link href="/admin/newsletters">← Newsletters</Link>
      </p>
      <h1 className="page-title">Suppression list</h1>
      <p className="lede">
        Addresses newsletters are no longer sent to: the mail server refused them for good, or failed for them again and
        again. Sign-in links and receipts still reach them. Clear an address when the reader has fixed it.
      </p>
      {cleared && (
        <p className="notice" role="status">
          {cleared} is off the suppression list: newsletters go to it again from the next send.
        </p>
      )}
      {gone && (
        <p className="notice" role="status">
          {gone} was no longer on the suppression list.
        </p>
      )}

      <FilterBar
        label="Suppressed addresses"
        action="/admin/newsletters/suppressions"
        className="nl-admin-filters"
        submitLabel="Search"
      >
        <Field
          id="suppression-q"
          label="Address contains"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={200}
          autoComplete="off"
        />
      </FilterBar>

      <p className="nl-admin-section__hint" role="status">
        {plural(result.total, 'address', 'addresses')}
        {q ? ` with “${q}” in them` : ''}
        {result.pageCount > 1 ? `, page ${result.page} of ${result.pageCount}` : ''}.
      </p>

      <DataTable
        className="nl-admin-suppressions"
        labelCells
        rows={result.items}
        rowKey={(row) => row.email}
        empty={
          result.total > 0 ? (
            <>
              There is no page {page}. <Link href={listHref(q)}>Back to the first page</Link>.
            </>
          ) : q ? (
            `No suppressed address contains “${q}”.`
          ) : (
            'No addresses are suppressed: every subscriber’s mail server has taken our newsletters.'
          )
        }
        columns={[
          {
            heading: 'Address',
            rowHeader: true,
            cell: (row) => <span className="nl-admin-suppressions__email">{row.email}</span>,
          },
          { heading: 'Reason', cell: (row) => SUPPRESSION_REASONS[row.reason] },
          {
            heading: 'The mail server’s answer',
            cell: (row) => row.detail || <span className="nl-admin-muted">None recorded</span>,
          },
          {
            heading: 'Since',
            cell: (row) => <time dateTime={row.createdAt.toISOString()}>{formatDateTime(row.createdAt)}</time>,
          },
          {
            heading: 'Action',
            cell: (row) => (
              <form action={clearSuppressionAction}>
                <input type="hidden" name="email" value={row.email} />
                {q && <input type="hidden" name="q" value={q} />}
                <SubmitButton className="button button--small" pendingLabel="Clearing…">
                  <span aria-hidden="true">Clear</span>
                  <span className="visually-hidden">Clear {row.email}</span>
                </SubmitButton>
              </form>
            ),
          },
        ]}
      />
      <Pagination
        basePath="/admin/newsletters/suppressions"
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={(_, p) => listHref(q, p)}
      />
    </>
  );
}
