import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { countNewsletterRecipients, getArticleForEdit } from '@/db/queries/admin-articles';
import { getNewsletterById } from '@/db/queries/newsletters';
import { mayEditArticle } from '@/domain/articles/access';
import { requirePermission } from '@/lib/auth/viewer';
import { env } from '@/lib/env';
import { renderIssueEmail } from '@/lib/mail/newsletter-issue';
import { EmailFrame } from '@/components/admin/articles/email-frame';
import { TestSendForm } from './test-send-form';
import '@/components/admin/articles/articles.css';

export const metadata: Metadata = { title: 'Email preview' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ version?: string }> };

const VERSIONS = [
  { value: 'member', label: 'As a member' },
  { value: 'free', label: 'As a free subscriber' },
] as const;

/** Links in the preview open a tab of their own: the site's pages refuse to be framed. */
const withLinksInNewTabs = (html: string) =>
  html.replace(/<head(\s[^>]*)?>/i, (head) => `${head}<base target="_blank">`);

/**
 * The issue email for the story's last saved version, exactly as the send renders it for a
 * member or for a free subscriber (members-only parts cut, with the "Become a member" block),
 * and a test of it to the staff member's own address.
 */
export default async function EmailPreviewPage({ params, searchParams }: Props) {
  const [{ id: raw }, { version: asked }] = await Promise.all([params, searchParams]);
  const version = asked === 'free' ? 'free' : 'member';
  const staff = await requirePermission('articles:write', `/admin/articles/${raw}/email?version=${version}`);
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const article = await getArticleForEdit({ id });
  if (!article) notFound();
  if (!mayEditArticle(staff, article)) forbidden();
  const { snapshot } = article;
  const headline = snapshot.headline || 'Untitled';

  const back = (
    <p className="admin-breadcrumb">
      <Link href={`/admin/articles/${id}`}>← Back to the editor</Link>
    </p>
  );
  const [newsletter, recipients] =
    snapshot.newsletterId === null
      ? [null, new Map<number, number>()]
      : await Promise.all([getNewsletterById({ id: snapshot.newsletterId }), countNewsletterRecipients()]);
  if (!newsletter)
    return (
      <>
        {back}
        <h1 className="page-title">Email preview</h1>
        <p className="notice">
          “{headline}” is not emailed. Choose a newsletter in the editor’s Email panel; the preview shows the story once
          that is saved.
        </p>
      </>
    );

  // No reader's own unsubscribe link: this copy is nobody's, so it keeps the renderer's stand-in.
  const email = await renderIssueEmail({
    newsletter,
    issue: {
      subject: headline,
      preheader: snapshot.standfirst,
      slug: article.slug,
      access: snapshot.access,
      body: snapshot.body,
      sentAt: new Date(),
    },
    version,
    siteUrl: env.SITE_URL,
  });
  const reach = recipients.get(newsletter.id) ?? 0;
  const shown = VERSIONS.find((v) => v.value === version)!;

  return (
    <>
      {back}
      <h1 className="page-title">Email preview</h1>
      <dl className="email-preview__facts">
        <div>
          <dt>Newsletter</dt>
          <dd>
            {newsletter.name} · {reach === 1 ? '1 subscriber' : `${reach.toLocaleString('en-GB')} subscribers`}
            {newsletter.audience === 'members' ? ' (members only)' : ''}
          </dd>
        </div>
        <div>
          <dt>Subject</dt>
          <dd>{email.subject}</dd>
        </div>
        <div>
          <dt>Who can read it</dt>
          <dd>{snapshot.access === 'members' ? 'Members only: free subscribers get the opening' : 'Everyone'}</dd>
        </div>
        {snapshot.standfirst && (
          <div>
            <dt>Preview text</dt>
            <dd>{snapshot.standfirst}</dd>
          </div>
        )}
      </dl>
      <div className="email-preview__bar">
        <nav aria-label="Version" className="email-preview__switch">
          {VERSIONS.map((v) => (
            <Link
              key={v.value}
              href={`/admin/articles/${id}/email?version=${v.value}`}
              aria-current={v.value === version ? 'page' : undefined}
              replace
            >
              {v.label}
            </Link>
          ))}
        </nav>
        <TestSendForm articleId={id} version={version} />
      </div>
      <p className="field__hint">
        {version === 'free' && snapshot.access === 'members'
          ? 'A members-only story: a free subscriber gets the opening and an invitation to become a member.'
          : version === 'free'
            ? 'A free subscriber gets the whole story: it is open to everyone.'
            : 'A member gets the whole story.'}{' '}
        The preview shows the last saved version.
      </p>
      <EmailFrame html={withLinksInNewTabs(email.html)} title={`The email ${shown.label.toLowerCase()} gets it`} />
      <details className="email-preview__text">
        <summary>Plain-text version</summary>
        <pre>{email.text}</pre>
      </details>
    </>
  );
}
