import type { Locale } from '@/domain/i18n/locales';
import { WEEKDAYS, type NewsletterSchedule } from '@/domain/newsletters/newsletters';
import { formatter, translator } from '@/lib/i18n/messages';

/**
 * When a newsletter goes out, in `locale`: "Fridays at 17:00", "Weekdays at 07:00", "Mondays and
 * Thursdays at 09:30" / «По пятницам в 17:00», «По будням в 07:00», «По понедельникам и четвергам
 * в 09:30»; null when it has no schedule. English says exactly what domain/newsletters'
 * describeSchedule says (the admin's wording).
 */
export function describeScheduleIn(locale: Locale, schedule: NewsletterSchedule | null): string | null {
  if (!schedule || schedule.days.length === 0) return null;
  const t = translator(locale, 'newsletterSchedule');
  const days = WEEKDAYS.filter((day) => schedule.days.includes(day));
  const weekdays = WEEKDAYS.slice(0, 5);
  const when =
    days.length === 7
      ? t('everyDay')
      : days.length === 5 && weekdays.every((day) => days.includes(day))
        ? t('weekdays')
        : days.length === 2 && days.includes('sat') && days.includes('sun')
          ? t('weekends')
          : t('onDays', { days: formatter(locale).list(days.map((day) => t(`days.${day}`))) });
  return t('at', { when, time: schedule.time });
}
