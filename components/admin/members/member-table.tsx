import type { ReactNode } from 'react';
import Link from 'next/link';
import { DataTable } from '@/components/ui/data-table';
import { formatDate } from '@/lib/format';
import { describeMember, type MemberRow } from '@/domain/membership/member-status';

/** The members list: what staff need to serve a member, and no more personal data than that. */
export function MemberTable({ rows, now, empty }: { rows: MemberRow[]; now: Date; empty: ReactNode }) {
  const members = rows.map((row) => ({ row, d: describeMember(row, now) }));
  return (
    <DataTable
      className="member-table"
      labelCells
      rows={members}
      rowKey={({ row }) => row.userId}
      empty={empty}
      columns={[
        {
          heading: 'Email',
          rowHeader: true,
          cell: ({ row }) => <Link href={`/admin/members/${row.userId}`}>{row.email}</Link>,
        },
        { heading: 'Tier', cell: ({ d }) => d.tier },
        {
          heading: 'Status',
          cell: ({ d }) => (
            <span className={`member-status member-status--${d.isMember ? 'member' : 'not'}`}>{d.status}</span>
          ),
        },
        { heading: 'Amount', cell: ({ d }) => d.amount },
        { heading: 'Since', cell: ({ d }) => (d.since ? formatDate(d.since) : '—') },
        { heading: 'Renews or ends', cell: ({ d }) => (d.next ? `${d.next.label} ${formatDate(d.next.at)}` : '—') },
      ]}
    />
  );
}
