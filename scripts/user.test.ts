import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '@/db/schema';
import { openTestDatabase, testDatabaseKinds } from '@/db/testing';
import { setAccountRole } from './user';

describe.each(testDatabaseKinds)('npm run user -- add on %s', (kind) => {
  let conn: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    conn = await openTestDatabase(kind);
  });
  afterAll(() => conn?.dispose());

  const roleOf = async (email: string) =>
    (await conn.db.select({ role: users.role }).from(users).where(eq(users.email, email)))[0]?.role;

  it('creates an account with the role, or gives an existing one the role', async () => {
    expect(await setAccountRole(conn.db, { email: 'editor@example.org', role: 'contributor' })).toEqual({
      ok: true,
      email: 'editor@example.org',
      role: 'contributor',
    });
    expect(await setAccountRole(conn.db, { email: 'editor@example.org', role: 'editor' })).toEqual({
      ok: true,
      email: 'editor@example.org',
      role: 'editor',
    });
    expect(await roleOf('editor@example.org')).toBe('editor');
  });

  it('never takes the admin role from the newsroom’s last admin', async () => {
    expect(await setAccountRole(conn.db, { email: 'first.admin@example.org', role: 'admin' })).toMatchObject({
      ok: true,
    });
    for (const role of ['editor', 'contributor', 'reader'] as const) {
      expect(await setAccountRole(conn.db, { email: 'first.admin@example.org', role })).toEqual({
        ok: false,
        reason: 'last-admin',
      });
    }
    expect(await roleOf('first.admin@example.org')).toBe('admin');
    // With a second admin, the first may step down; then the second is the last.
    await setAccountRole(conn.db, { email: 'second.admin@example.org', role: 'admin' });
    expect(await setAccountRole(conn.db, { email: 'first.admin@example.org', role: 'editor' })).toMatchObject({
      ok: true,
      role: 'editor',
    });
    expect(await setAccountRole(conn.db, { email: 'second.admin@example.org', role: 'reader' })).toEqual({
      ok: false,
      reason: 'last-admin',
    });
  });
});
