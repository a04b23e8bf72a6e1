import { csvLine } from '@/lib/csv';
import { getNewsroom } from '@/lib/newsroom';
import { describeMember, type MemberRow } from '@/domain/membership/member-status';

/** The columns of the members export: what the list shows, and no more personal data. */
export const MEMBER_CSV_COLUMNS = [
  'email',
  'tier',
  'status',
  'amount',
  'currency',
  'interval',
  'member_since',
  'next',
  'next_date',
] as const;

const isoDate = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: getNewsroom().timeZone,
});

export function memberCsvHeader(): string {
  return csvLine(MEMBER_CSV_COLUMNS);
}

/** One row of the export, in the words the list uses; dates are YYYY-MM-DD in the newsroom's time zone. */
export function memberCsvLine(row: MemberRow, now: Date): string {
  const d = describeMember(row, now);
  return csvLine([
    row.email,
    d.tier,
    d.status,
    row.amount === null ? '' : (row.amount / 100).toFixed(2),
    row.currency?.toUpperCase() ?? '',
    row.interval ?? '',
    d.since ? isoDate.format(d.since) : '',
    d.next?.label ?? '',
    d.next ? isoDate.format(d.next.at) : '',
  ]);
}
