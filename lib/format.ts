import { getNewsroom } from './newsroom';

const { timeZone } = getNewsroom();

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone,
  timeZoneName: 'short',
});

/** "27 November 2026", in the newsroom's time zone. */
export const formatDate = (date: Date) => dateFormat.format(date);

/** "27 November 2026, 14:05 GMT+4", in the newsroom's time zone. */
export const formatDateTime = (date: Date) => dateTimeFormat.format(date);

export function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone,
  timeZoneName: 'short',
});

/** "14:05 GMT+4", in the newsroom's time zone. */
export const formatTime = (date: Date) => timeFormat.format(date);
