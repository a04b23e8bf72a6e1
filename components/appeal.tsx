import Link from 'next/link';
import { membershipHref } from '@/lib/membership/links';
import { getNewsroom } from '@/lib/newsroom';

/** The short ask that sits between paragraphs of an article. */
export function InArticleAppeal({ articleSlug }: { articleSlug: string }) {
  const { inArticle } = getNewsroom().appeals;
  return (
    <aside className="appeal appeal--inline" aria-labelledby="appeal-inline-heading">
      <h2 id="appeal-inline-heading" className="appeal__heading">
        {inArticle.heading}
      </h2>
      <p>{inArticle.body}</p>
      <Link className="button button--primary" href={membershipHref('in-article', articleSlug)}>
        {inArticle.buttonLabel}
      </Link>
    </aside>
  );
}

/** The long, honest appeal at the end of an article. */
export function EndOfArticleAppeal({ articleSlug }: { articleSlug: string }) {
  const { endOfArticle } = getNewsroom().appeals;
  return (
    <aside className="appeal appeal--end" aria-labelledby="appeal-end-heading">
      <h2 id="appeal-end-heading" className="appeal__heading">
        {endOfArticle.heading}
      </h2>
      {endOfArticle.body.split(/\n+/).map((paragraph) => (
        <p key={paragraph.slice(0, 32)}>{paragraph}</p>
      ))}
      <Link className="button button--primary" href={membershipHref('end-of-article', articleSlug)}>
        {endOfArticle.buttonLabel}
      </Link>
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
