import { beforeEach, describe, expect, it, vi } from 'vitest';

const grantComplimentaryMembership = vi.fn(async () => ({ ok: true as const }));
const revokeComplimentaryGrant = vi.fn(async () => ({ ok: true as const }));
const addMemberNote = vi.fn(async () => ({ ok: true as const }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('@/lib/cache/invalidate', () => ({ invalidate: vi.fn() }));
vi.mock('@/db/queries/admin-members', () => ({
  addMemberNote,
  grantComplimentaryMembership,
  revokeComplimentaryGrant,
}));
vi.mock('@/lib/newsroom', () => ({ getNewsroom: () => ({ timeZone: 'UTC' }) }));
vi.mock('@/lib/auth/viewer', () => import('@/test/viewer-standin'));

const { callAs, form, reader, refusedCallers } = await import('@/test/viewer-standin');
const { addNoteAction, grantComplimentaryAction, revokeGrantAction } = await import('@/features/members/actions');

const USER = '5d4c9f5e-8a7b-4c3d-9e2f-1a0b9c8d7e6f';
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeEach(() => {
  vi.clearAllMocks();
});

describe.each([
  {
    name: 'granting a complimentary membership',
    act: () => grantComplimentaryAction(null, form({ userId: USER, endsOn: inDays(30), reason: 'Press' })),
    write: grantComplimentaryMembership,
  },
  {
    name: 'ending a grant',
    act: () => revokeGrantAction(null, form({ userId: USER, grantId: '3' })),
    write: revokeComplimentaryGrant,
  },
  {
    name: 'adding a note',
    act: () => addNoteAction(null, form({ userId: USER, body: 'Called about a refund.' })),
    write: addMemberNote,
  },
])('$name', ({ act, write }) => {
  it.each(refusedCallers('contributor'))('refuses $who before writing anything', async ({ viewer, message }) => {
    callAs(viewer);
    expect(await act()).toEqual({ ok: false, message });
    expect(write).not.toHaveBeenCalled();
  });
});

describe('a member’s record, for an editor', () => {
  beforeEach(() => callAs(reader('editor')));

  it('grants until the end of the chosen day', async () => {
    expect(await grantComplimentaryAction(null, form({ userId: USER, endsOn: inDays(30), reason: ' Press ' }))).toEqual(
      { ok: true, message: 'Complimentary membership granted.' },
    );
    expect(grantComplimentaryMembership).toHaveBeenCalledWith(
      expect.objectContaining({ userId: USER, reason: 'Press', actorId: 'editor-1' }),
    );
  });

  it('refuses a grant without a reason, or longer than five years, and keeps what was typed', async () => {
    expect(await grantComplimentaryAction(null, form({ userId: USER, endsOn: inDays(30), reason: '' }))).toEqual({
      ok: false,
      message: 'Please check the form.',
      fieldErrors: { reason: ['Say why, for the people who look after members later.'] },
      values: { endsOn: inDays(30), reason: '' },
    });
    expect(
      await grantComplimentaryAction(null, form({ userId: USER, endsOn: inDays(6 * 366), reason: 'Press' })),
    ).toMatchObject({ ok: false, fieldErrors: { endsOn: ['A grant can last at most five years.'] } });
    expect(grantComplimentaryMembership).not.toHaveBeenCalled();
  });

  it('says a grant that cannot be found could not be found', async () => {
    expect(await revokeGrantAction(null, form({ userId: USER, grantId: 'x' }))).toEqual({
      ok: false,
      message: 'That grant could not be found.',
    });
  });

  it('refuses an empty note and keeps the text', async () => {
    expect(await addNoteAction(null, form({ userId: USER, body: ' ' }))).toEqual({
      ok: false,
      message: 'Please check the note.',
      fieldErrors: { body: ['Write the note first.'] },
      values: { body: '' },
    });
    expect(addMemberNote).not.toHaveBeenCalled();
  });
});
