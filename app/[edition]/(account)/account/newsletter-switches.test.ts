import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { Newsletter } from '@/db/schema';
import { describeSchedule, WEEKDAYS, type NewsletterSchedule, type Weekday } from '@/domain/newsletters/newsletters';

vi.mock('@/features/newsletters/actions', () => ({ setNewsletterSubscriptionAction: vi.fn() }));
vi.mock('@/lib/newsroom', () => ({ getNewsroom: () => ({ timeZone: 'UTC', name: 'Ridgeline' }) }));

const { NewsletterSwitches, scheduleIn } = await import('./newsletter-switches');

/** Every set of days a schedule can name, at one time. */
const everySchedule: NewsletterSchedule[] = Array.from({ length: 2 ** WEEKDAYS.length }, (_, bits) => ({
  days: WEEKDAYS.filter((_day, i) => bits & (1 << i)),
  time: '07:30',
}));

describe('when a newsletter goes out, on /account', () => {
  it('says it in English exactly as describeSchedule does, for every set of days', () => {
    for (const schedule of [...everySchedule, null])
      expect(scheduleIn('en', schedule)).toBe(describeSchedule(schedule));
  });

  it('says it in Russian, with the days in the dative after «по»', () => {
    const at = (days: Weekday[]) => scheduleIn('ru', { days, time: '09:00' });
    expect(at(['mon', 'tue', 'wed', 'thu', 'fri'])).toBe('По будням в 09:00');
    expect(at([...WEEKDAYS])).toBe('Каждый день в 09:00');
    expect(at(['sat', 'sun'])).toBe('По выходным в 09:00');
    expect(at(['fri'])).toBe('По пятницам в 09:00');
    expect(at(['thu', 'mon'])).toBe('По понедельникам и четвергам в 09:00');
    expect(at(['mon', 'wed', 'sun'])).toBe('По понедельникам, средам и воскресеньям в 09:00');
    expect(scheduleIn('ru', { days: [], time: '09:00' })).toBeNull();
  });
});

describe('the newsletter switches', () => {
  const newsletter = (id: number, audience: 'everyone' | 'members') =>
    ({
      id,
      name: `Letter ${id}`,
      description: 'About it.',
      audience,
      schedule: { days: ['fri'], time: '17:00' },
    }) as unknown as Newsletter & { schedule: NewsletterSchedule };
  const render = (locale: 'en' | 'ru', subscribed: number[], isMember: boolean) =>
    renderToStaticMarkup(
      createElement(NewsletterSwitches, {
        newsletters: [newsletter(1, 'everyone'), newsletter(2, 'members')],
        subscribed: new Set(subscribed),
        isMember,
        locale,
      }),
    );

  it('in English, as before', () => {
    const html = render('en', [1], false);
    expect(html).toContain('Fridays at 17:00 · Free · You receive it');
    expect(html).toContain('Fridays at 17:00 · For members</p>');
    expect(html).toContain('<a class="button" href="/membership">Become a member</a>');
    expect(html).toContain('Unsubscribe');
  });

  it('in Russian, with the members’ one leading to the Russian membership page', () => {
    const html = render('ru', [1], false);
    expect(html).toContain('<h2 id="newsletters-heading">Рассылки</h2>');
    expect(html).toContain('По пятницам в 17:00 · Бесплатно · Вы её получаете');
    expect(html).toContain('По пятницам в 17:00 · Для участников</p>');
    expect(html).toContain('<a class="button" href="/ru/membership">Стать участником</a>');
    expect(html).toContain('Отписаться');
    const lapsed = render('ru', [2], false);
    expect(lapsed).toContain('Для участников · Не приходит, пока вы не участник');
    expect(lapsed).toContain('Подписаться');
  });
});
