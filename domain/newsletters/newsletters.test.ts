import { describe, expect, it } from 'vitest';
import { describeSchedule, mayReceive } from './newsletters';

describe('newsletters', () => {
  it('says when a newsletter goes out', () => {
    expect(describeSchedule({ days: ['mon', 'tue', 'wed', 'thu', 'fri'], time: '07:00' })).toBe('Weekdays at 07:00');
    expect(describeSchedule({ days: ['fri'], time: '17:00' })).toBe('Fridays at 17:00');
    expect(describeSchedule({ days: ['thu', 'mon'], time: '09:30' })).toBe('Mondays and Thursdays at 09:30');
    expect(describeSchedule({ days: ['mon', 'wed', 'fri'], time: '08:00' })).toBe(
      'Mondays, Wednesdays and Fridays at 08:00',
    );
    expect(describeSchedule({ days: ['sat', 'sun'], time: '10:00' })).toBe('Weekends at 10:00');
    expect(describeSchedule({ days: [], time: '10:00' })).toBeNull();
    expect(describeSchedule(null)).toBeNull();
  });

  it('mails a members-only newsletter to members only, by the entitlement', () => {
    expect(mayReceive('members', { isMember: true, reason: 'active' })).toBe(true);
    expect(mayReceive('members', { isMember: true, reason: 'grace', graceEndsAt: new Date() })).toBe(true);
    expect(mayReceive('members', { isMember: false, reason: 'lapsed' })).toBe(false);
    expect(mayReceive('everyone', { isMember: false, reason: 'no-membership' })).toBe(true);
  });
});
