import { describe, expect, it } from 'vitest';
import { describeSchedule, WEEKDAYS } from '@/domain/newsletters/newsletters';
import { describeScheduleIn } from './schedule';

describe('a newsletter’s schedule in the page’s language', () => {
  it('says in English exactly what the admin says, for every set of days', () => {
    for (let mask = 1; mask < 1 << WEEKDAYS.length; mask++) {
      const days = WEEKDAYS.filter((_, i) => mask & (1 << i));
      const schedule = { days: [...days].reverse(), time: '09:30' };
      expect(describeScheduleIn('en', schedule), days.join(',')).toBe(describeSchedule(schedule));
    }
    expect(describeScheduleIn('en', { days: ['fri'], time: '17:00' })).toBe('Fridays at 17:00');
    expect(describeScheduleIn('en', null)).toBeNull();
  });

  it('says it in Russian: «по» and the days in the dative, the time after «в»', () => {
    expect(describeScheduleIn('ru', { days: ['fri'], time: '17:00' })).toBe('По пятницам в 17:00');
    expect(describeScheduleIn('ru', { days: ['sat'], time: '10:00' })).toBe('По субботам в 10:00');
    expect(describeScheduleIn('ru', { days: ['mon', 'tue', 'wed', 'thu', 'fri'], time: '07:00' })).toBe(
      'По будням в 07:00',
    );
    expect(describeScheduleIn('ru', { days: ['sun', 'sat'], time: '10:00' })).toBe('По выходным в 10:00');
    expect(describeScheduleIn('ru', { days: [...WEEKDAYS], time: '08:00' })).toBe('Каждый день в 08:00');
    expect(describeScheduleIn('ru', { days: ['thu', 'mon'], time: '09:30' })).toBe(
      'По понедельникам и четвергам в 09:30',
    );
    expect(describeScheduleIn('ru', { days: ['fri', 'wed', 'mon'], time: '08:00' })).toBe(
      'По понедельникам, средам и пятницам в 08:00',
    );
    expect(describeScheduleIn('ru', { days: [], time: '08:00' })).toBeNull();
  });
});
