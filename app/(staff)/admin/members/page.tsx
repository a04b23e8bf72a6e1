import type { Metadata } from 'next';
import Link from 'next/link';
import { findAccountByEmail, listMembers } from '@/db/queries/admin-members';
import { MemberTable } from '@/components/admin/members/member-table';
import { Field } from '@/components/ui/field';
import { FilterBar, FilterSelect } from '@/components/ui/filter-bar';
import { Pagination } from '@/components/ui/pagination';
import { can } from '@/domain/auth/permissions';
import { requirePermission } from '@/lib/auth/viewer';
import { MEMBER_FILTERS } from '@/domain/membership/member-status';
import { memberQueryString, parseMemberQuery, TIER_OPTIONS } from '@/features/members/filter';
import '@/components/admin/members/members.css';

export const metadata: Metadata = { title: 'Members' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MembersPage({ searchParams }: Props) {
  const viewer = await requirePermission('members:view', '/admin/members');
  const { filter, page } = parseMemberQuery(await searchParams);
  const now = new Date();
  const looksLikeAddress = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(filter.q);
  const [result, account] = await Promise.all([
    listMembers({ filter, page, now }),
    looksLikeAddress ? findAccountByEmail({ email: filter.q }) : null,
  ]);
  const chosen = MEMBER_FILTERS.find((f) => f.value === filter.status);
  const query = memberQueryString(filter);
  return (
    <>
      <h1 className="page-title">Members</h1>
      <p className="lede">
        Readers who pay, were given a membership, or used to. Search by address; names are never shown.
      </p>

      <FilterBar
        label="Members"
        action="/admin/members"
        className="member-filters"
        submitLabel="Show"
        primary
        after={
          <p id="member-status-hint" className="field__hint member-filters__hint">
            {chosen?.label}: {chosen?.hint}
          </p>
        }
      >
        <Field
          id="member-q"
          label="Email contains"
          name="q"
          type="search"
          defaultValue={filter.q}
          maxLength={200}
          autoComplete="off"
        />
        <FilterSelect
          id="member-status"
          label="Status"
          name="status"
          defaultValue={filter.status}
          describedBy="member-status-hint"
          options={MEMBER_FILTERS}
        />
        <FilterSelect
          id="member-tier"
          label="Tier"
          name="tier"
          defaultValue={filter.tier ?? ''}
          anyLabel="Every tier"
          options={TIER_OPTIONS}
        />
      </FilterBar>

      <div className="member-summary">
        <p role="status">
          {result.total === 1 ? '1 reader' : `${result.total} readers`}
          {filter.q ? ` with “${filter.q}” in their address` : ''}
          {result.pageCount > 1 ? `, page ${result.page} of ${result.pageCount}` : ''}.
        </p>
        {can(viewer.role, 'members:export') && result.total > 0 && (
          <a className="button button--small" href={`/admin/members/export?${query}`} download>
            Export these {result.total} as CSV
          </a>
        )}
      </div>

      <MemberTable
        rows={result.items}
        now={now}
        empty={
          account ? (
            <>
              {account.email} has an account but nothing matches this filter.{' '}
              <Link href={`/admin/members/${account.id}`}>Open the account</Link> to see its history or grant a
              complimentary membership.
            </>
          ) : result.page > 1 ? (
            <>
              There is no page {result.page}. <Link href={`/admin/members?${query}`}>Back to the first page</Link>.
            </>
          ) : (
            'Nobody matches this filter. To give a membership to a reader who never joined, search for their full address.'
          )
        }
      />
      {result.items.length > 0 && account && !result.items.some((r) => r.userId === account.id) && (
        <p className="notice">
          {account.email} has an account but is not in this list.{' '}
          <Link href={`/admin/members/${account.id}`}>Open the account</Link>.
        </p>
      )}
      <Pagination
        basePath="/admin/members"
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={(_, p) => `/admin/members?${memberQueryString(filter, p)}`}
      />
    </>
  );
}
