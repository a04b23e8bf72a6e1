import type { Key, ReactNode } from 'react';

export type Column<Row> = {
  /** The column's heading, unique in its table. */
  heading: string;
  cell: (row: Row) => ReactNode;
  /** This column's cell names the row: a `th scope="row"` rather than a `td`. */
  rowHeader?: boolean;
  /** A class on the heading and on every cell of the column, e.g. one that hides it on narrow screens. */
  className?: string;
};

/**
 * An admin list as a table: one row per item, one column per definition, headings scoped to
 * their column. With no rows it says `empty` in a notice instead of drawing an empty table.
 */
export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  empty,
  caption,
  className,
  scroll = false,
  labelCells = false,
}: {
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => Key;
  empty: ReactNode;
  caption?: ReactNode;
  className?: string;
  /** Scroll sideways inside its own box when the columns are wider than the page. */
  scroll?: boolean;
  /** Give each cell its column's heading as data-label, for styles that stack cells on narrow screens. */
  labelCells?: boolean;
}) {
  if (rows.length === 0) return <p className="notice">{empty}</p>;
  const table = (
    <table className={['admin-table', className].filter(Boolean).join(' ')}>
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.heading} scope="col" className={column.className}>
              {column.heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((column) => {
              const cell = {
                className: column.className,
                'data-label': labelCells ? column.heading : undefined,
                children: column.cell(row),
              };
              return column.rowHeader ? (
                <th key={column.heading} scope="row" {...cell} />
              ) : (
                <td key={column.heading} {...cell} />
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return scroll ? <div className="admin-table-scroll">{table}</div> : table;
}
