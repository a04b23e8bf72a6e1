import Link from 'next/link';
import {
  getAttribution,
  getMemberNumbers,
  getMembershipTrend,
  listRecentWebhookFailures,
  WINDOW_DAYS,
} from '@/db/queries/dashboard';
import { getNewsroomCounts } from '@/db/queries/newsroom-stats';
import { TrendChart } from '@/components/admin/members/trend-chart';
import { CancellationReasons } from '@/components/admin/members/cancellation-reasons';
import { OneOffGiving } from '@/components/admin/one-off-giving';
import { can } from '@/domain/auth/permissions';
import { requirePermission } from '@/lib/auth/viewer';
import { formatDateTime } from '@/lib/format';
import { placementName, tierName } from '@/domain/membership/member-status';
import { CURRENCY, formatMoney } from '@/domain/membership/tiers';
import '@/components/admin/members/members.css';
import { CountTable } from '@/components/ui/count-table';

/** The newsroom at a glance: stories for everyone on staff; members and money for editors and admins. */
export default async function AdminDashboard() {
  const viewer = await requirePermission('admin:enter', '/admin');
  const seesMoney = can(viewer.role, 'members:view');
  const counts = await getNewsroomCounts();
  const tiles = [
    ['Published stories', counts.published],
    ['Scheduled', counts.scheduled],
    ['Drafts', counts.drafts],
    ['Registered readers', counts.readers],
    ['Staff accounts', counts.staff],
  ] as const;
  return (
    <>
      <h1 className="page-title">Newsroom</h1>
      <p className="lede">
        Signed in as {viewer.email} ({viewer.role}).
      </p>
      {seesMoney && <MembersAndMoney canEditAppeals={can(viewer.role, 'appeals:manage')} />}
      <section aria-labelledby="stories-heading" className="dashboard-section">
        <h2 id="stories-heading">Stories and readers</h2>
        <dl className="stat-grid stat-grid--small">
          {tiles.map(([label, value]) => (
            <div key={label} className="stat">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}

async function MembersAndMoney({ canEditAppeals }: { canEditAppeals: boolean }) {
  const now = new Date();
  const [numbers, trend, attribution, failures] = await Promise.all([
    getMemberNumbers({ now }),
    getMembershipTrend({ now }),
    getAttribution({ now }),
    listRecentWebhookFailures({ now }),
  ]);
  // The chart follows the currency most of the revenue is in; others are listed beside the total.
  const currency = numbers.mrr[0]?.currency ?? CURRENCY;
  const mrrText = numbers.mrr.length
    ? numbers.mrr.map((m) => formatMoney(m.cents, m.currency)).join(' + ')
    : formatMoney(0);
  return (
    <>
      <section aria-labelledby="members-heading" className="dashboard-section">
        <h2 id="members-heading">Members</h2>
        <dl className="stat-grid">
          <div className="stat">
            <dt>Members now</dt>
            <dd>
              <Link href="/admin/members?status=member">{numbers.membersNow}</Link>
            </dd>
            <dd className="stat__hint">
              {numbers.complimentaryOnly ? `including ${numbers.complimentaryOnly} complimentary` : 'all paying'}
            </dd>
          </div>
          <div className="stat">
            <dt>Monthly recurring revenue</dt>
            <dd>{mrrText}</dd>
            <dd className="stat__hint">monthly plans, plus yearly ones at a twelfth</dd>
          </div>
          <div className="stat">
            <dt>New, last {WINDOW_DAYS} days</dt>
            <dd>{numbers.startedInWindow}</dd>
            <dd className="stat__hint">paid subscriptions started</dd>
          </div>
          <div className="stat">
            <dt>Cancelled, last {WINDOW_DAYS} days</dt>
            <dd>{numbers.endedInWindow}</dd>
            <dd className="stat__hint">
              {numbers.settingToEnd ? `${numbers.settingToEnd} more set to end` : 'subscriptions ended'}
            </dd>
          </div>
          <div className="stat">
            <dt>Past due</dt>
            <dd>
              <Link href="/admin/members?status=past_due">{numbers.pastDue}</Link>
            </dd>
            <dd className="stat__hint">last renewal failed</dd>
          </div>
        </dl>

        <div className="dashboard-columns">
          <CountTable
            className="dashboard-tiers"
            caption="Members by tier"
            nameHeading="Tier"
            countHeading="Members"
            empty="No members yet."
            rows={numbers.byTier.map((t) => ({
              key: t.tier ?? 'complimentary',
              name: t.tier === null ? 'Complimentary' : tierName(t.tier),
              count: t.members,
            }))}
          />
          <TrendChart
            points={trend.map((p) => ({ at: p.at, members: p.members, mrr: p.mrr[currency] ?? 0 }))}
            currency={currency}
          />
        </div>
      </section>

      <OneOffGiving now={now} />

      <section aria-labelledby="attribution-heading" className="dashboard-section">
        <h2 id="attribution-heading">What brought new members, last {WINDOW_DAYS} days</h2>
        <div className="dashboard-columns dashboard-columns--even">
          <CountTable
            caption="Stories"
            nameHeading="Story"
            countHeading="New members"
            empty="No new member came from a story yet."
            rows={attribution.stories.map((s) => ({
              key: s.slug,
              name: s.id ? (
                <>
                  <Link href={`/admin/articles/${s.id}`}>{s.headline}</Link>{' '}
                  <Link
                    className="dashboard-public-link"
                    href={`/articles/${s.slug}`}
                    aria-label={`${s.headline}: public page`}
                  >
                    public page
                  </Link>
                </>
              ) : (
                <code>{s.slug}</code>
              ),
              count: s.members,
            }))}
          />
          <CountTable
            caption={
              <>
                Appeals
                {canEditAppeals && (
                  <Link href="/admin/appeals" className="dashboard-caption-link">
                    edit appeals
                  </Link>
                )}
              </>
            }
            nameHeading="Where they clicked"
            countHeading="New members"
            empty="No new members yet."
            rows={attribution.placements.map((p) => ({
              key: p.placement ?? 'none',
              name: placementName(p.placement),
              count: p.members,
            }))}
          />
        </div>
      </section>

      <CancellationReasons now={now} />

      <section aria-labelledby="webhooks-heading" className="dashboard-section">
        <h2 id="webhooks-heading">Payment events that failed</h2>
        {failures.rows.length === 0 ? (
          <p>None: every event from Stripe was handled.</p>
        ) : (
          <>
            <p className="field__hint">
              {failures.inWindow} in the last {WINDOW_DAYS} days. Stripe retries each failed event for three days; one
              that keeps failing needs a developer.
            </p>
            <table className="admin-table dashboard-failures">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Event</th>
                  <th scope="col">Error</th>
                </tr>
              </thead>
              <tbody>
                {failures.rows.map((f) => (
                  <tr key={f.id}>
                    <td>{formatDateTime(f.createdAt)}</td>
                    <td>
                      {f.eventType ? <code>{`${f.eventType} ${f.eventId ?? ''}`}</code> : 'Unsigned request (refused)'}
                    </td>
                    <td>{f.error}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </>
  );
}
