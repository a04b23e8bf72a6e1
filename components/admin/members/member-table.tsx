import Link from 'next/link';
import { formatDate } from '@/lib/format';
import { describeMember, type MemberRow } from '@/domain/membership/member-status';

/** The members list: what staff need to serve a member, and no more personal data than that. */
export function MemberTable({ rows, now }: { rows: MemberRow[]; now: Date }) {
  return (
    <table className="admin-table member-table">
      <thead>
        <tr>
          <th scope="col">Email</th>
          <th scope="col">Tier</th>
          <th scope="col">Status</th>
          <th scope="col">Amount</th>
          <th scope="col">Since</th>
          <th scope="col">Renews or ends</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const d = describeMember(row, now);
          return (
            <tr key={row.userId}>
              <th scope="row" data-label="Email">
                <Link href={`/admin/members/${row.userId}`}>{row.email}</Link>
              </th>
              <td data-label="Tier">{d.tier}</td>
              <td data-label="Status">
                <span className={`member-status member-status--${d.isMember ? 'member' : 'not'}`}>{d.status}</span>
              </td>
              <td data-label="Amount">{d.amount}</td>
              <td data-label="Since">{d.since ? formatDate(d.since) : '—'}</td>
              <td data-label="Renews or ends">{d.next ? `${d.next.label} ${formatDate(d.next.at)}` : '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
