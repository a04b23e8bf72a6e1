import { paragraphsOf, type AppealCopy } from '@/lib/appeals/appeals';
import { GiveOnceForm } from '@/components/giving/give-once-form';
import { membershipHref } from '@/lib/membership/links';

/**
 * The asks in an article. They take their copy as props (from the tagged cache on the site, from
 * the form in the admin's live preview), so both render exactly the same thing.
 */
type AppealProps = { appeal: Pick<AppealCopy, 'heading' | 'body' | 'buttonLabel'>; articleSlug?: string };

/** The short ask that sits between paragraphs of an article. */
export function InArticleAppeal({ appeal, articleSlug }: AppealProps) {
  return (
    <aside className="appeal appeal--inline" aria-labelledby="appeal-inline-heading">
      <h2 id="appeal-inline-heading" className="appeal__heading">
        {appeal.heading}
      </h2>
      {paragraphsOf(appeal.body).map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
      <a className="button button--primary" href={membershipHref('in-article', articleSlug)}>
        {appeal.buttonLabel}
      </a>
    </aside>
  );
}

/** The long, honest appeal at the end of an article. */
export function EndOfArticleAppeal({ appeal, articleSlug }: AppealProps) {
  return (
    <aside className="appeal appeal--end" aria-labelledby="appeal-end-heading">
      <h2 id="appeal-end-heading" className="appeal__heading">
        {appeal.heading}
      </h2>
      {paragraphsOf(appeal.body).map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
      <a className="button button--primary" href={membershipHref('end-of-article', articleSlug)}>
        {appeal.buttonLabel}
      </a>
      <section className="appeal__give-once" aria-labelledby="appeal-give-once-heading">
        <h3 id="appeal-give-once-heading">Or give once</h3>
        <GiveOnceForm
          idPrefix="appeal-give"
          from={articleSlug ?? ''}
          placement="end-of-article"
          back={articleSlug ? `/articles/${articleSlug}#appeal-end-heading` : '/membership'}
        />
      </section>
    </aside>
  );
}

/** In place of the asks, for members. */
export function MemberThanks() {
  return (
    <aside className="member-thanks" aria-label="Thank you">
      <p>
        <strong>Thank you for being a member.</strong> Your support keeps this reporting free for everyone who needs it.
      </p>
    </aside>
  );
}
