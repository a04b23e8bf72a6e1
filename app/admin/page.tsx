import { getNewsroomCounts } from '@/db/queries/newsroom-stats';
import { requirePermission } from '@/lib/auth/viewer';

export default async function AdminDashboard() {
  const viewer = await requirePermission('admin:enter', '/admin');
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
      <dl className="stat-grid">
        {tiles.map(([label, value]) => (
          <div key={label} className="stat">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
