import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { getMemberDetail, type MemberDetail } from '@/db/queries/admin-members';
import { membershipNow } from '@/lib/membership/clock';
import { utcToZonedWallTime } from '@/domain/articles/newsroom-time';
import { requirePermission } from '@/lib/auth/viewer';
import { formatDate, formatDateTime } from '@/lib/format';
import { entitlementFor, type Entitlement } from '@/domain/membership/entitlement';
import { placementName, tierName } from '@/domain/membership/member-status';
import { formatMoney } from '@/domain/membership/tiers';
import { CANCELLATION_REASON_LABELS } from '@/domain/membership/giving';
import { getNewsroom } from '@/lib/newsroom';
import { GrantForm, NoteForm, RevokeGrantButton } from './forms';
import '@/components/admin/members/members.css';
import { isPausedWithoutEnd } from '@/domain/membership/leaving';

export const metadata: Metadata = { title: 'Member' };

type Props = { params: Promise<{ userId: string }> };

const STATUS_WORDS: Record<string, string> = {
  active: 'Active',
  trialing: 'Trialing',
  past_due: 'Past due',
  canceled: 'Cancelled',
  unpaid: 'Unpaid',
  paused: 'Paused',
  incomplete: 'Checkout not finished',
  incomplete_expired: 'Checkout expired',
};

function verdict(entitlement: Entitlement, detail: MemberDetail): string {
  switch (entitlement.reason) {
    case 'active':
      return detail.current?.cancelAtPeriodEnd && detail.current.currentPeriodEnd
        ? `Member; cancelled, ends on ${formatDate(detail.current.currentPeriodEnd)}`
        : 'Member';
    case 'trialing':
      return 'Member (trial)';
    case 'grace':
      return `Member in the grace period after a failed payment, until ${formatDate(entitlement.graceEndsAt)}`;
    case 'complimentary':
      return `Member with a complimentary membership until ${formatDate(detail.complimentaryUntil as Date)}`;
    case 'paused':
      return `Not a member while paused, until ${formatDate(entitlement.resumesAt)}`;
    case 'lapsed':
      return 'Not a member any more';
    default:
      return 'Not a member';
  }
}

export default async function MemberPage({ params }: Props) {
  const { userId } = await params;
  await requirePermission('members:view', `/admin/members/${userId}`);
  if (!z.uuid().safeParse(userId).success) notFound();
  const now = await membershipNow();
  const detail = await getMemberDetail({ userId, now });
  if (!detail) notFound();
  const entitlement = entitlementFor(
    { membership: detail.current, complimentaryUntil: detail.complimentaryUntil },
    now,
  );
  const { timeZone } = getNewsroom();
  const today = utcToZonedWallTime(now, timeZone).slice(0, 10);
  const inDays = (days: number) =>
    utcToZonedWallTime(new Date(now.getTime() + days * 86_400_000), timeZone).slice(0, 10);
  const { user } = detail;
  return (
    <>
      <p className="member-back">
        <Link href="/admin/members">← Members</Link>
      </p>
      <h1 className="page-title member-title">{user.email}</h1>
      <p className={`lede member-verdict member-verdict--${entitlement.isMember ? 'member' : 'not'}`}>
        {verdict(entitlement, detail)}.
      </p>

      <dl className="member-facts">
        <div>
          <dt>Account since</dt>
          <dd>{formatDate(user.createdAt)}</dd>
        </div>
        {user.role !== 'reader' && (
          <div>
            <dt>Role</dt>
            <dd>{user.role}</dd>
          </div>
        )}
        <div>
          <dt>Stripe customer</dt>
          <dd>{user.stripeCustomerId ? <code>{user.stripeCustomerId}</code> : 'None'}</dd>
        </div>
      </dl>

      <section className="member-section" aria-labelledby="subscriptions-heading">
        <h2 id="subscriptions-heading">Subscriptions</h2>
        {detail.subscriptions.length === 0 && <p>No subscription: this reader never finished a checkout.</p>}
        {detail.subscriptions.map((s) => (
          <article key={s.id} className="member-subscription" aria-labelledby={`sub-${s.id}`}>
            <h3 id={`sub-${s.id}`}>
              {tierName(s.tier)}, {formatMoney(s.amount, s.currency)} / {s.interval}{' '}
              <span className="member-subscription__status">{STATUS_WORDS[s.status] ?? s.status}</span>
            </h3>
            {s.flaggedDuplicateAt && (
              <p className="notice">
                Stripe holds a second live subscription for this reader (flagged {formatDate(s.flaggedDuplicateAt)}):
                check in Stripe that they are not paying twice.
              </p>
            )}
            <dl className="member-facts member-facts--small">
              <div>
                <dt>Started</dt>
                <dd>{formatDate(s.createdAt)}</dd>
              </div>
              {s.endedAt ? (
                <div>
                  <dt>Ended</dt>
                  <dd>{formatDate(s.endedAt)}</dd>
                </div>
              ) : s.currentPeriodEnd ? (
                <div>
                  <dt>{s.cancelAtPeriodEnd ? 'Ends' : 'Renews'}</dt>
                  <dd>{formatDate(s.currentPeriodEnd)}</dd>
                </div>
              ) : null}
              {s.pausedUntil && s.pausedUntil > now && (
                <div>
                  <dt>Paused until</dt>
                  <dd>{isPausedWithoutEnd(s.pausedUntil) ? 'until resumed' : formatDate(s.pausedUntil)}</dd>
                </div>
              )}
              {(s.cancellationReason || s.cancellationFeedback) && (
                <div>
                  <dt>Why they cancelled</dt>
                  <dd>
                    {s.cancellationReason ? CANCELLATION_REASON_LABELS[s.cancellationReason] : 'Did not say'}
                    {s.cancellationFeedback && <q className="member-feedback">{s.cancellationFeedback}</q>}
                  </dd>
                </div>
              )}
              <div>
                <dt>Came from</dt>
                <dd>
                  {placementName(s.attributionPlacement)}
                  {s.attributionArticle && (
                    <>
                      {' '}
                      on{' '}
                      {s.article ? (
                        <>
                          <Link href={`/admin/articles/${s.article.id}`}>{s.article.headline}</Link> (
                          <Link href={`/articles/${s.article.slug}`}>public page</Link>)
                        </>
                      ) : (
                        <code>{s.attributionArticle}</code>
                      )}
                    </>
                  )}
                </dd>
              </div>
              <div>
                <dt>Stripe subscription</dt>
                <dd>
                  <code>{s.id}</code>
                </dd>
              </div>
            </dl>
            {s.changes.length > 0 && (
              <div className="table-scroll" role="region" aria-label={`History of ${s.id}`} tabIndex={0}>
                <table className="admin-table member-history">
                  <caption>History</caption>
                  <thead>
                    <tr>
                      <th scope="col">When</th>
                      <th scope="col">Status</th>
                      <th scope="col">Plan</th>
                      <th scope="col">Renewal</th>
                    </tr>
                  </thead>
                  <tbody>
                    {s.changes.map((c) => (
                      <tr key={c.id}>
                        <td>{formatDateTime(c.createdAt)}</td>
                        <td>{STATUS_WORDS[c.status] ?? c.status}</td>
                        <td>
                          {tierName(c.tier)}, {formatMoney(c.amount, s.currency)} / {c.interval}
                        </td>
                        <td>
                          {c.cancelAtPeriodEnd
                            ? `Set to end${c.cancellationReason ? `: ${CANCELLATION_REASON_LABELS[c.cancellationReason]}` : ''}`
                            : c.pausedUntil && !isPausedWithoutEnd(c.pausedUntil)
                              ? `Paused until ${formatDate(c.pausedUntil)}`
                              : c.pausedUntil
                                ? 'Paused'
                                : 'Renews'}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </article>
        ))}
      </section>

      <section className="member-section" aria-labelledby="grants-heading">
        <h2 id="grants-heading">Complimentary memberships</h2>
        {detail.grants.length > 0 ? (
          <div className="table-scroll" role="region" aria-label="Complimentary memberships" tabIndex={0}>
            <table className="admin-table member-grants">
              <thead>
                <tr>
                  <th scope="col">Granted</th>
                  <th scope="col">Until</th>
                  <th scope="col">Reason</th>
                  <th scope="col">By</th>
                  <th scope="col">
                    <span className="visually-hidden">Action</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {detail.grants.map((g) => {
                  const running = g.endsAt > now;
                  return (
                    <tr key={g.id}>
                      <td>{formatDate(g.createdAt)}</td>
                      <td>
                        {formatDate(g.endsAt)}
                        {g.revoked
                          ? ` (ended early by ${g.revoked.by ?? 'a former colleague'})`
                          : running
                            ? ''
                            : ' (ended)'}
                      </td>
                      <td>{g.reason || '—'}</td>
                      <td>{g.grantedBy ?? '—'}</td>
                      <td>
                        <RevokeGrantButton userId={user.id} grantId={g.id} running={running} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : (
          <p>None.</p>
        )}
        <h3>Grant a complimentary membership</h3>
        <p className="field__hint">
          Full membership without payment, for sources, partners or readers who cannot pay. Recorded in the audit log.
        </p>
        <GrantForm userId={user.id} minDate={inDays(1) > today ? inDays(1) : today} defaultDate={inDays(365)} />
      </section>

      <section className="member-section" aria-labelledby="notes-heading">
        <h2 id="notes-heading">Staff notes</h2>
        {detail.notes.length > 0 ? (
          <ol className="member-notes">
            {detail.notes.map((n) => (
              <li key={n.id}>
                <p className="member-notes__meta">
                  {formatDateTime(n.createdAt)}, {n.author ?? 'a former colleague'}
                </p>
                <p className="member-notes__body">{n.body}</p>
              </li>
            ))}
          </ol>
        ) : (
          <p>No notes yet.</p>
        )}
        <NoteForm userId={user.id} />
      </section>
    </>
  );
}
