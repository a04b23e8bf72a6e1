import { describe, expect, it } from 'vitest';
import { formatNewsroomTime, utcToZonedWallTime, zonedWallTimeToUtc } from './newsroom-time';

describe('newsroom time', () => {
  it('reads a Tbilisi wall-clock time as UTC+4', () => {
    expect(zonedWallTimeToUtc('2026-12-24T09:00', 'Asia/Tbilisi')?.toISOString()).toBe('2026-12-24T05:00:00.000Z');
  });

  it('follows daylight saving where the zone has it', () => {
    expect(zonedWallTimeToUtc('2026-07-01T12:00', 'Europe/London')?.toISOString()).toBe('2026-07-01T11:00:00.000Z');
    expect(zonedWallTimeToUtc('2026-01-15T12:00', 'Europe/London')?.toISOString()).toBe('2026-01-15T12:00:00.000Z');
  });

  it('round-trips an instant through the wall clock', () => {
    const instant = new Date('2026-12-01T20:35:00Z');
    expect(utcToZonedWallTime(instant, 'Asia/Tbilisi')).toBe('2026-12-02T00:35');
    expect(zonedWallTimeToUtc(utcToZonedWallTime(instant, 'Asia/Tbilisi'), 'Asia/Tbilisi')?.getTime()).toBe(
      instant.getTime(),
    );
  });

  it('takes seconds when they are given', () => {
    expect(zonedWallTimeToUtc('2026-12-24T09:00:30', 'Asia/Tbilisi')?.toISOString()).toBe('2026-12-24T05:00:30.000Z');
  });

  it('refuses text that is not a time', () => {
    expect(zonedWallTimeToUtc('tomorrow', 'Asia/Tbilisi')).toBeNull();
    expect(zonedWallTimeToUtc('2026-13-01T09:00', 'Asia/Tbilisi')).toBeNull();
  });

  it('says which clock a time is on', () => {
    expect(formatNewsroomTime(new Date('2026-12-24T05:00:00Z'), 'Asia/Tbilisi')).toBe(
      '24 Dec 2026, 09:00 (Tbilisi time)',
    );
  });
});
