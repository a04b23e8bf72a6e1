// The Email panel: the newsletter a story is emailed to when it is published, or that an email-only issue belongs to.
import Link from 'next/link';
import { formatNewsroomDate } from '@/domain/articles/newsroom-time';
import type { EditorIssue } from '@/features/articles/actions';
import { describedBy, FieldError, type SnapshotFieldsProps } from './form-fields';
import type { EditorArticle } from './save-state';

export type EditorNewsletter = {
  id: number;
  name: string;
  audience: 'everyone' | 'members';
  /** Who would get it if it went now: subscribed, and for a members' newsletter, members now. */
  recipients: number;
};

type Props = SnapshotFieldsProps & {
  meta: EditorArticle;
  newsletters: EditorNewsletter[];
  timeZone: string;
};

export const issueProgressPath = (issue: EditorIssue) => `/admin/newsletters/${issue.newsletterId}/issues/${issue.id}`;

export const subscriberCount = (n: number) => (n === 1 ? '1 subscriber' : `${n.toLocaleString('en-GB')} subscribers`);

/** What was sent, and where its progress is: shown instead of the choice once the email went out. */
function EmailedFact({ issue, timeZone }: { issue: EditorIssue; timeZone: string }) {
  return (
    <p className="editor-panel__fact">
      Emailed to {issue.newsletterName} on {formatNewsroomDate(issue.sentAt, timeZone)}.{' '}
      <Link href={issueProgressPath(issue)}>See the send’s progress</Link>
    </p>
  );
}

export function EmailPanel({ snapshot, fieldErrors, onChange, meta, newsletters, timeZone }: Props) {
  const chosen = newsletters.find((n) => n.id === snapshot.newsletterId) ?? null;
  const { issue } = meta;
  return (
    <section className="editor-panel" aria-labelledby="email-heading">
      <h2 id="email-heading">Email</h2>
      {issue ? (
        <>
          <EmailedFact issue={issue} timeZone={timeZone} />
          {snapshot.emailOnly && <p className="field__hint">An email-only issue: it is not published on the site.</p>}
          <p className="field__hint">A sent email cannot be taken back, so this can no longer be changed.</p>
        </>
      ) : meta.status === 'published' ? (
        <p className="editor-panel__fact">
          Published without an email. A story is emailed as it is published, so this can no longer be chosen.
        </p>
      ) : (
        <>
          <div className="field">
            <label htmlFor="newsletter">Email to</label>
            <select
              id="newsletter"
              value={snapshot.newsletterId ?? ''}
              onChange={(e) => onChange({ newsletterId: e.target.value ? Number(e.target.value) : null })}
              aria-invalid={fieldErrors.newsletterId ? true : undefined}
              aria-describedby={describedBy(fieldErrors, 'newsletterId', true)}
            >
              <option value="">None</option>
              {newsletters.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.name}
                  {n.audience === 'members' ? ' (members)' : ''}
                </option>
              ))}
            </select>
            <p id="newsletterId-hint" className="field__hint">
              {chosen
                ? `${snapshot.emailOnly ? 'Sent' : 'Emailed'} to ${subscriberCount(chosen.recipients)}${chosen.audience === 'members' ? ' who are members' : ''} when you ${snapshot.emailOnly ? 'send' : 'publish'} it.`
                : 'Not emailed. Choose a newsletter to send the story to its subscribers as it is published.'}
            </p>
            <FieldError id="newsletterId-error" errors={fieldErrors.newsletterId} />
          </div>
          <div className="field">
            <label className="choice">
              <input
                id="email-only"
                type="checkbox"
                checked={snapshot.emailOnly}
                onChange={(e) => onChange({ emailOnly: e.target.checked })}
                aria-describedby={describedBy(fieldErrors, 'emailOnly', true)}
              />{' '}
              Email only — not published on the site
            </label>
            <p id="emailOnly-hint" className="field__hint">
              An issue of the newsletter: never listed on the site, in search or in feeds, and it needs no section or
              byline.
            </p>
            <FieldError id="emailOnly-error" errors={fieldErrors.emailOnly} />
          </div>
        </>
      )}
      {(snapshot.newsletterId !== null || issue) && (
        <p className="article-editor__links">
          <Link href={`/admin/articles/${meta.id}/email`}>Preview the email</Link>
        </p>
      )}
    </section>
  );
}
