import { listStaff } from '@/db/queries/users';
import { requirePermission } from '@/lib/auth/viewer';
import { RoleForm } from './role-form';

export default async function PeoplePage() {
  await requirePermission('people:manage', '/admin/people');
  const staff = await listStaff();
  return (
    <>
      <h1 className="page-title">People</h1>
      <p className="lede">Everyone with access to the newsroom. Set a role to “Reader” to remove access.</p>
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
          </tr>
        </thead>
        <tbody>
          {staff.map((person) => (
            <tr key={person.id}>
              <td>{person.email}</td>
              <td>{person.name ?? '—'}</td>
              <td>
                <RoleForm userId={person.id} email={person.email} role={person.role} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
