import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useConnection } from '@/db';
import { auditLog, sessions, users } from '@/db/schema';
import { seed } from '@/lib/content/seed';
import { openTestDatabase, testDatabaseKinds } from '@/db/testing';
import { getAuthorById, saveAuthor } from './admin-authors';
import { listAppeals, saveAppeal } from './appeals';
import { changeStaffRole, inviteStaff, listStaffChanges, removeStaffAccess } from './staff';

describe.each(testDatabaseKinds)('people and settings on %s', (kind) => {
  let conn: Awaited<ReturnType<typeof openTestDatabase>>;
  let adminId: string;
  beforeAll(async () => {
    conn = await openTestDatabase(kind);
    await seed(conn.db);
    useConnection(conn);
    const [admin] = await conn.db.select({ id: users.id }).from(users).where(eq(users.email, 'admin@newsroom.test'));
    adminId = admin!.id;
  });
  afterAll(() => conn?.dispose());

  it('creates an author and refuses a slug another author holds', async () => {
    const created = await saveAuthor({
      name: 'Tamar Chkheidze',
      slug: 'tamar-chkheidze',
      role: 'Photographer',
      bio: 'One.\n\nTwo.',
      photoUrl: null,
    });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect((await getAuthorById({ id: created.id }))?.bio).toBe('One.\n\nTwo.');
    const clash = await saveAuthor({ name: 'Other', slug: 'lusine-harutyunyan', role: '', bio: '', photoUrl: null });
    expect(clash).toEqual({ ok: false, reason: 'slug-taken' });
    const renamed = await saveAuthor({
      id: created.id,
      name: 'Tamar C.',
      slug: 'tamar-c',
      role: 'Photographer',
      bio: '',
      photoUrl: '/media/x/1x1.jpg',
    });
    expect(renamed).toEqual({ ok: true, id: created.id, previousSlug: 'tamar-chkheidze' });
    expect(
      await saveAuthor({ id: created.id, name: 'Tamar C.', slug: 'farid-mammadli', role: '', bio: '', photoUrl: null }),
    ).toEqual({ ok: false, reason: 'slug-taken' });
  });

  it('invites, changes a role and removes access, each with an audit row; sessions end on removal', async () => {
    const invited = await inviteStaff({ email: 'new.person@example.org', role: 'contributor', actorId: adminId });
    expect(invited).toMatchObject({ ok: true, previousRole: null });
    if (!invited.ok) return;
    await conn.db
      .insert(sessions)
      .values({ userId: invited.userId, sessionToken: 'tok-1', expires: new Date(Date.now() + 86_400_000) });
    expect(await changeStaffRole({ userId: invited.userId, role: 'editor', actorId: adminId })).toMatchObject({
      ok: true,
      previousRole: 'contributor',
    });
    expect(await removeStaffAccess({ userId: invited.userId, actorId: adminId })).toMatchObject({ ok: true });
    const [after] = await conn.db.select({ role: users.role }).from(users).where(eq(users.id, invited.userId));
    expect(after?.role).toBe('reader');
    const [left] = await conn.db
      .select({ n: sql<number>`count(*)::int` })
      .from(sessions)
      .where(eq(sessions.userId, invited.userId));
    expect(left?.n).toBe(0);
    const changes = await listStaffChanges();
    expect(changes.slice(0, 3).map((c) => c.action)).toEqual(['staff.remove', 'staff.role', 'staff.invite']);
    expect(changes[0]).toMatchObject({
      actorEmail: 'admin@newsroom.test',
      details: { email: 'new.person@example.org', from: 'editor' },
    });
  });

  it('never leaves the newsroom without an admin', async () => {
    expect(await removeStaffAccess({ userId: adminId, actorId: adminId })).toEqual({ ok: false, reason: 'last-admin' });
    expect(await changeStaffRole({ userId: adminId, role: 'editor', actorId: adminId })).toEqual({
      ok: false,
      reason: 'last-admin',
    });
    expect(await inviteStaff({ email: 'admin@newsroom.test', role: 'contributor', actorId: adminId })).toEqual({
      ok: false,
      reason: 'last-admin',
    });
    // With a second admin, the first may step down.
    const second = await inviteStaff({ email: 'second.admin@example.org', role: 'admin', actorId: adminId });
    expect(second.ok).toBe(true);
    expect(await removeStaffAccess({ userId: adminId, actorId: adminId })).toMatchObject({ ok: true });
    const [admins] = await conn.db
      .select({ n: sql<number>`count(*)::int` })
      .from(users)
      .where(eq(users.role, 'admin'));
    expect(admins?.n).toBe(1);
    const rows = await conn.db.select().from(auditLog);
    expect(rows.filter((r) => r.action === 'staff.remove').length).toBe(2);
  });

  it('saves an appeal and the site reads it back', async () => {
    await saveAppeal({
      placement: 'banner',
      heading: '',
      body: 'New banner',
      buttonLabel: 'Join',
      enabled: false,
      goalMembers: 750,
      goalEndsOn: '2027-03-01',
      updatedById: adminId,
    });
    const banner = (await listAppeals()).find((a) => a.placement === 'banner');
    expect(banner).toMatchObject({ body: 'New banner', enabled: false, goalMembers: 750, goalEndsOn: '2027-03-01' });
  });
});
