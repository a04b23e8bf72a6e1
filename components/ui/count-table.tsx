import type { ReactNode } from 'react';

export type CountRow = { key: string; name: ReactNode; count: number };

/**
 * A two-column table of things and how many: members by tier, new members by story or by
 * appeal. Says `empty` in a row of its own when there is nothing to count.
 */
export function CountTable({
  caption,
  nameHeading,
  countHeading,
  empty,
  rows,
  className,
}: {
  caption: ReactNode;
  nameHeading: string;
  countHeading: string;
  empty: string;
  rows: CountRow[];
  className?: string;
}) {
  return (
    <table className={['admin-table', className].filter(Boolean).join(' ')}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{nameHeading}</th>
          <th scope="col" className="num">
            {countHeading}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={2}>{empty}</td>
          </tr>
        )}
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.name}</th>
            <td className="num">{row.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
