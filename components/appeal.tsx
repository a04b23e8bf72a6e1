import { paragraphsOf, type AppealCopy } from '@/lib/appeals/appeals';
import { GiveOnceForm } from '@/components/giving/give-once-form';
import { DEFAULT_LOCALE, type Locale } from '@/domain/i18n/locales';
import { translator } from '@/lib/i18n/core';
import { localePath } from '@/lib/i18n/paths';
import { membershipHref } from '@/lib/membership/links';

/**
 * The asks in an article. They take their copy as props (from the tagged cache on the site, from
 * the form in the admin's live preview), so both render exactly the same thing.
 */
type AppealProps = {
  appeal: Pick<AppealCopy, 'heading' | 'body' | 'buttonLabel'>;
  articleSlug?: string;
  locale?: Locale;
};

/** The short ask that sits between paragraphs of an article. */
export function InArticleAppeal({ appeal, articleSlug, locale = DEFAULT_LOCALE }: AppealProps) {
  return (
    <aside className="appeal appeal--inline" aria-labelledby="appeal-inline-heading">
      <h2 id="appeal-inline-heading" className="appeal__heading">
        {appeal.heading}
      </h2>
      {paragraphsOf(appeal.body).map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
      <a className="button button--primary" href={localePath(locale, membershipHref('in-article', articleSlug))}>
        {appeal.buttonLabel}
      </a>
    </aside>
  );
}

/** The long, honest appeal at the end of an article. */
export function EndOfArticleAppeal({ appeal, articleSlug, locale = DEFAULT_LOCALE }: AppealProps) {
  const t = translator(locale, 'appeal');
  return (
    <aside className="appeal appeal--end" aria-labelledby="appeal-end-heading">
      <h2 id="appeal-end-heading" className="appeal__heading">
        {appeal.heading}
      </h2>
      {paragraphsOf(appeal.body).map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
      <a className="button button--primary" href={localePath(locale, membershipHref('end-of-article', articleSlug))}>
        {appeal.buttonLabel}
      </a>
      <section className="appeal__give-once" aria-labelledby="appeal-give-once-heading">
        <h3 id="appeal-give-once-heading">{t('giveOnce')}</h3>
        <GiveOnceForm
          locale={locale}
          idPrefix="appeal-give"
          from={articleSlug ?? ''}
          placement="end-of-article"
          back={localePath(locale, articleSlug ? `/articles/${articleSlug}#appeal-end-heading` : '/membership')}
        />
      </section>
    </aside>
  );
}

/** In place of the asks, for members. */
export function MemberThanks({ locale = DEFAULT_LOCALE }: { locale?: Locale }) {
  const t = translator(locale, 'appeal');
  return (
    <aside className="member-thanks" aria-label={t('thanksLabel')}>
      <p>{t.rich('thanks', { strong: (chunks) => <strong>{chunks}</strong> })}</p>
    </aside>
  );
}
