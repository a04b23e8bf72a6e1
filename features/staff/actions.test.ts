import { beforeEach, describe, expect, it, vi } from 'vitest';

const inviteStaff = vi.fn(async () => ({ ok: true as const }));
const changeStaffRole = vi.fn(async () => ({ ok: true as const, previousRole: 'contributor' }));
const removeStaffAccess = vi.fn(async () => ({ ok: true as const, email: 'gone@example.org' }));
const issueSignInToken = vi.fn(async () => ({ link: 'https://site.example/signin/link', code: '123456' }));
const sendMail = vi.fn();
const redirect = vi.fn((url: string) => {
  throw Object.assign(new Error('NEXT_REDIRECT'), { url });
});
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/navigation', () => ({ redirect }));
vi.mock('@/db/queries/staff', () => ({ changeStaffRole, inviteStaff, removeStaffAccess }));
vi.mock('@/lib/auth/sign-in', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/auth/sign-in')>()),
  issueSignInToken,
}));
vi.mock('@/lib/mail/mailer', () => ({ sendMail }));
vi.mock('@/lib/auth/viewer', () => import('@/test/viewer-standin'));

const { callAs, form, reader, refusedCallers } = await import('@/test/viewer-standin');
const { inviteAction, setRoleAction } = await import('@/features/staff/actions');

const USER = '5d4c9f5e-8a7b-4c3d-9e2f-1a0b9c8d7e6f';

beforeEach(() => {
  vi.clearAllMocks();
});

describe.each([
  {
    name: 'inviting someone',
    act: () => inviteAction(null, form({ email: 'new@example.org', role: 'editor' })),
    writes: [inviteStaff, sendMail],
  },
  {
    name: 'changing a role',
    act: () => setRoleAction(null, form({ userId: USER, intent: 'role', role: 'admin' })),
    writes: [changeStaffRole],
  },
  {
    name: 'removing access',
    act: () => setRoleAction(null, form({ userId: USER, intent: 'remove', role: 'admin' })),
    writes: [removeStaffAccess],
  },
])('$name', ({ act, writes }) => {
  it.each(refusedCallers('editor'))('refuses $who before writing anything', async ({ viewer, message }) => {
    callAs(viewer);
    expect(await act()).toEqual({ ok: false, message });
    for (const write of writes) expect(write).not.toHaveBeenCalled();
  });
});

describe('people, for an admin', () => {
  beforeEach(() => callAs(reader('admin')));

  it('invites and mails a sign-in link', async () => {
    expect(await inviteAction(null, form({ email: 'New@Example.org', role: 'editor' }))).toEqual({
      ok: true,
      message: 'Invitation sent to new@example.org (editor).',
    });
    expect(inviteStaff).toHaveBeenCalledWith({ email: 'new@example.org', role: 'editor', actorId: 'admin-1' });
    expect(sendMail).toHaveBeenCalled();
  });

  it('keeps the typed address when the invitation is refused at its fields', async () => {
    const result = await inviteAction(null, form({ email: 'nope', role: 'owner' }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { role: ['Choose a role from the list.'] },
      values: { email: 'nope' },
    });
    expect(result.fieldErrors?.email).toHaveLength(1);
    expect(inviteStaff).not.toHaveBeenCalled();
  });

  it('changes a role, and refuses a row that names no account', async () => {
    expect(await setRoleAction(null, form({ userId: USER, intent: 'role', role: 'editor' }))).toEqual({
      ok: true,
      message: 'Role changed.',
    });
    expect(await setRoleAction(null, form({ userId: 'x', role: 'editor' }))).toMatchObject({
      ok: false,
      message: 'That account no longer exists.',
    });
    expect(changeStaffRole).toHaveBeenCalledTimes(1);
  });

  it('removes access and shows the confirmation on the page, whatever the role list shows', async () => {
    await expect(setRoleAction(null, form({ userId: USER, intent: 'remove' }))).rejects.toMatchObject({
      url: '/admin/people?removed=gone%40example.org',
    });
  });
});
