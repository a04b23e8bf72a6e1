import Link from 'next/link';
import type { Newsletter } from '@/db/schema';
import type { Locale } from '@/domain/i18n/locales';
import { WEEKDAYS, type NewsletterSchedule } from '@/domain/newsletters/newsletters';
import { setNewsletterSubscriptionAction } from '@/features/newsletters/actions';
import { formatter, translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';

/**
 * When a newsletter goes out, in `locale`: "Weekdays at 07:00", "Fridays at 17:00", "Mondays and
 * Thursdays at 09:30" (in English exactly describeSchedule's words); null when it has none.
 */
export function scheduleIn(locale: Locale, schedule: NewsletterSchedule | null): string | null {
  if (!schedule || schedule.days.length === 0) return null;
  const t = translator(locale, 'accountNewsletters');
  const days = WEEKDAYS.filter((day) => schedule.days.includes(day));
  const when =
    days.length === 7
      ? t('everyDay')
      : days.length === 5 && WEEKDAYS.slice(0, 5).every((day) => days.includes(day))
        ? t('weekdays')
        : days.length === 2 && days.includes('sat') && days.includes('sun')
          ? t('weekends')
          : t('someDays', { days: formatter(locale).list(days.map((day) => t(`days.${day}`))) });
  return t('schedule', { when, time: schedule.time });
}

/** /account's newsletters: each with a plain-form switch (no script), the members' one by entitlement. */
export function NewsletterSwitches({
  newsletters,
  subscribed,
  isMember,
  locale,
}: {
  newsletters: (Newsletter & { schedule: NewsletterSchedule | null })[];
  subscribed: Set<number>;
  isMember: boolean;
  locale: Locale;
}) {
  if (newsletters.length === 0) return null;
  const t = translator(locale, 'accountNewsletters');
  /** A lapsed member keeps their choice, but a members' newsletter is not sent to them meanwhile. */
  const receiving = (on: boolean, waitingForMembership: boolean) =>
    on ? (waitingForMembership ? t('waitingForMembership') : t('receiving')) : null;
  return (
    <section className="account-card" aria-labelledby="newsletters-heading">
      <h2 id="newsletters-heading">{t('heading')}</h2>
      <ul className="newsletter-switches">
        {newsletters.map((newsletter) => {
          const on = subscribed.has(newsletter.id);
          const when = scheduleIn(locale, newsletter.schedule);
          const forMembers = newsletter.audience === 'members';
          return (
            <li key={newsletter.id} className="newsletter-switches__item">
              <div>
                <h3 id={`newsletter-${newsletter.id}`} className="newsletter-switches__name">
                  {newsletter.name}
                </h3>
                <p className="newsletter-switches__meta">
                  {[when, forMembers ? t('forMembers') : t('free'), receiving(on, forMembers && !isMember)]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                <p className="newsletter-switches__description">{newsletter.description}</p>
              </div>
              {forMembers && !isMember && !on ? (
                <Link className="button" href={localePath(locale, '/membership')}>
                  {t('become')}
                </Link>
              ) : (
                <form action={setNewsletterSubscriptionAction}>
                  <input type="hidden" name="newsletterId" value={newsletter.id} />
                  <input type="hidden" name="subscribe" value={on ? 'false' : 'true'} />
                  <button
                    type="submit"
                    className={on ? 'button' : 'button button--primary'}
                    aria-describedby={`newsletter-${newsletter.id}`}
                  >
                    {on ? t('unsubscribe') : t('subscribe')}
                  </button>
                </form>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
