/**
 * The newsroom thinks in its own time zone (Asia/Tbilisi by default); the database stores UTC.
 * These convert between a wall-clock "YYYY-MM-DDTHH:mm" (what <input type="datetime-local">
 * holds) in that zone and an instant.
 */

function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** "2026-12-24T09:00" (seconds optional) in `timeZone` → the instant, or null when the text is not such a time. */
export function zonedWallTimeToUtc(local: string, timeZone: string): Date | null {
  const match = LOCAL.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi, sec = 0] = match.map((part) => (part === undefined ? undefined : Number(part))) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number | undefined,
  ];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 59) return null;
  const guess = Date.UTC(y, mo - 1, d, h, mi, sec);
  // Two passes settle the offset on either side of a daylight-saving change.
  let instant = guess - offsetMinutes(new Date(guess), timeZone) * 60_000;
  instant = guess - offsetMinutes(new Date(instant), timeZone) * 60_000;
  return new Date(instant);
}

/** The instant as "YYYY-MM-DDTHH:mm" on the newsroom's clock. */
export function utcToZonedWallTime(instant: Date, timeZone: string): string {
  const shifted = new Date(instant.getTime() + offsetMinutes(instant, timeZone) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/** "24 Dec 2026, 09:00" on the newsroom's clock. */
export function formatNewsroomDate(instant: Date | string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
}

/** "24 Dec 2026, 09:00 (Tbilisi time)" for people. */
export function formatNewsroomTime(instant: Date, timeZone: string): string {
  const text = formatNewsroomDate(instant, timeZone);
  const city = timeZone.split('/').pop()?.replace(/_/g, ' ') ?? timeZone;
  return `${text} (${city} time)`;
}

/** "09:00" on the newsroom's clock, for "Saved 09:00". */
export function formatNewsroomClock(instant: Date | string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(instant),
  );
}
