import type { Metadata } from 'next';
import { DataTable } from '@/components/ui/data-table';
import { listStaffChanges, listStaffForAdmin } from '@/db/queries/staff';
import { requirePermission } from '@/lib/auth/viewer';
import { formatDateTime } from '@/lib/format';
import { InviteForm } from './invite-form';
import { RoleForm } from './role-form';
import '@/components/admin/people/people.css';

export const metadata: Metadata = { title: 'People' };

function describeChange(action: string, details: Record<string, unknown>): string {
  const who = String(details.email ?? 'someone');
  if (action === 'staff.invite') return `invited ${who} as ${String(details.role)}`;
  if (action === 'staff.role') return `changed ${who} from ${String(details.from)} to ${String(details.to)}`;
  return `removed access for ${who} (was ${String(details.from)})`;
}

type Props = { searchParams: Promise<{ removed?: string | string[] }> };

export default async function PeoplePage({ searchParams }: Props) {
  const viewer = await requirePermission('staff:manage', '/admin/people');
  const [staff, changes, { removed }] = await Promise.all([
    listStaffForAdmin(),
    listStaffChanges({ limit: 10 }),
    searchParams,
  ]);
  const removedEmail =
    typeof removed === 'string' && /^[^\s@<>]{1,200}@[^\s@<>]{1,200}$/.test(removed) ? removed : null;
  return (
    <>
      <h1 className="page-title">People</h1>
      <p className="lede">Everyone with access to the newsroom, and what they may do.</p>
      {removedEmail && (
        <p className="notice" role="status">
          {removedEmail} no longer has access to the newsroom. Their sessions have ended.
        </p>
      )}

      <section className="people-section" aria-labelledby="invite-heading">
        <h2 id="invite-heading" className="people-section__heading">
          Invite someone
        </h2>
        <p className="field__hint">
          They get an email with a sign-in link; a reader’s existing account keeps its history and gains the role.
        </p>
        <InviteForm />
      </section>

      <section className="people-section" aria-labelledby="staff-heading">
        <h2 id="staff-heading" className="people-section__heading">
          Staff
        </h2>
        <DataTable
          className="people-table"
          rows={staff}
          rowKey={(person) => person.id}
          empty="Nobody has access to the newsroom."
          columns={[
            {
              heading: 'Person',
              cell: (person) => (
                <>
                  <div className="people-table__email">
                    {person.email}
                    {person.id === viewer.userId && <span className="people-table__you"> (you)</span>}
                  </div>
                  <div className="people-table__meta">
                    {person.name ?? ''}
                    {person.name && !person.signedInBefore ? ' · ' : ''}
                    {!person.signedInBefore && 'Invited, has not signed in yet'}
                  </div>
                </>
              ),
            },
            {
              heading: 'Role and access',
              cell: (person) => <RoleForm userId={person.id} email={person.email} role={person.role} />,
            },
          ]}
        />
      </section>

      {changes.length > 0 && (
        <section className="people-section" aria-labelledby="changes-heading">
          <h2 id="changes-heading" className="people-section__heading">
            Recent changes
          </h2>
          <ul className="people-changes">
            {changes.map((change) => (
              <li key={change.id}>
                <time dateTime={change.createdAt.toISOString()}>{formatDateTime(change.createdAt)}</time>:{' '}
                {change.actorEmail ?? 'A former account'} {describeChange(change.action, change.details)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
