import { describe, expect, it } from 'vitest';
import { diffSnapshots } from './diff';
import {
  accessLabel,
  membersFirstProblems,
  opensAtFor,
  opensToAllFromStored,
  realOpeningTime,
  storedOpensToAllAt,
} from './members-first';
import { emptySnapshot, snapshotFieldsSchema } from './snapshot';
import { planTransition, type ArticleState } from './transitions';

const HOUR = 3_600_000;
const publishedAt = new Date('2026-05-01T09:00:00Z');
const zone = 'Asia/Tbilisi';

describe('members first: when a story opens to everyone', () => {
  it('opens the chosen delay after publication, or at the chosen time', () => {
    expect(opensAtFor({ afterHours: 24 }, publishedAt)).toEqual(new Date('2026-05-02T09:00:00Z'));
    expect(opensAtFor({ afterHours: 72 }, publishedAt)).toEqual(new Date('2026-05-04T09:00:00Z'));
    expect(opensAtFor({ at: '2026-05-03T06:30:00.000Z' }, publishedAt)).toEqual(new Date('2026-05-03T06:30:00Z'));
    expect(opensAtFor({ afterHours: 24 }, null)).toBeNull();
    expect(opensAtFor(null, publishedAt)).toBeNull();
  });

  it('keeps a draft’s delay in the column and reads it back, and a published one as its real time', () => {
    const draftStored = storedOpensToAllAt({ afterHours: 168 }, { status: 'draft', publishedAt: null });
    expect(realOpeningTime(draftStored)).toBeNull();
    expect(opensToAllFromStored('members', draftStored, null)).toEqual({ afterHours: 168 });

    const live = storedOpensToAllAt({ afterHours: 168 }, { status: 'published', publishedAt });
    expect(live).toEqual(new Date(publishedAt.getTime() + 168 * HOUR));
    expect(realOpeningTime(live)).toEqual(live);
    expect(opensToAllFromStored('members', live, publishedAt)).toEqual({ afterHours: 168 });

    // A time that is not one of the usual delays reads back as that time.
    const odd = new Date(publishedAt.getTime() + 5 * HOUR);
    expect(opensToAllFromStored('members', odd, publishedAt)).toEqual({ at: odd.toISOString() });
    // A story everyone may read has no time to open.
    expect(opensToAllFromStored('public', odd, publishedAt)).toBeNull();
  });

  it('refuses a time before publication, and a new time that has passed', () => {
    const now = new Date('2026-05-01T10:00:00Z');
    expect(
      membersFirstProblems({ choice: { at: '2026-05-01T08:00:00Z' }, publishedAt, before: null, now }).map(
        (p) => p.field,
      ),
    ).toEqual(['opensToAll']);
    expect(
      membersFirstProblems({ choice: { at: '2026-05-01T09:30:00Z' }, publishedAt, before: null, now })[0]?.message,
    ).toMatch(/has passed/);
    // The same passed time as before is not news: the job is about to open it.
    const before = new Date('2026-05-01T09:30:00Z');
    expect(membersFirstProblems({ choice: { at: before.toISOString() }, publishedAt, before, now })).toEqual([]);
    expect(membersFirstProblems({ choice: { afterHours: 24 }, publishedAt, before: null, now })).toEqual([]);
  });

  it('is part of the snapshot: parsed with defaults, and compared in the history', () => {
    const parsed = snapshotFieldsSchema.parse({ ...emptySnapshot(), opensToAll: undefined });
    expect(parsed.opensToAll).toBeNull();
    expect(snapshotFieldsSchema.safeParse({ ...emptySnapshot(), opensToAll: { afterHours: 0 } }).success).toBe(false);
    expect(snapshotFieldsSchema.safeParse({ ...emptySnapshot(), opensToAll: { at: 'soon' } }).success).toBe(false);

    const names = {
      authors: new Map(),
      sections: new Map(),
      regions: new Map(),
      newsletters: new Map(),
      timeZone: zone,
    };
    const before = { ...emptySnapshot(), access: 'members' as const };
    const after = { ...before, opensToAll: { afterHours: 72 } };
    const changes = diffSnapshots(before, after, names);
    expect(changes.map((c) => c.label)).toEqual(['Access', 'Opens to everyone']);
    expect(changes[1]?.parts.map((p) => p.value).join('')).toBe('3 days after publication');
    const at = diffSnapshots(after, { ...before, opensToAll: { at: '2026-05-03T06:30:00.000Z' } }, names);
    expect(
      at[0]?.parts
        .filter((p) => p.added)
        .map((p) => p.value.trim())
        .join(' '),
    ).toContain('10:30');
  });

  it('publishes a members-first draft with its opening time, and keeps a draft that chose a passed time', () => {
    const now = new Date('2026-05-01T09:00:00Z');
    const draft: ArticleState = {
      status: 'draft',
      publishedAt: null,
      updatedAt: null,
      submittedAt: null,
      opensToAllAt: null,
    };
    const next = {
      ...emptySnapshot(),
      headline: 'Early for members',
      slug: 'early-for-members',
      sectionId: 1,
      authorIds: [1],
      access: 'members' as const,
      opensToAll: { afterHours: 24 },
    };
    const plan = planTransition({ current: draft, currentContents: next, next, transition: { kind: 'publish' }, now });
    expect(plan).toMatchObject({
      ok: true,
      state: { status: 'published', opensToAllAt: new Date('2026-05-02T09:00:00Z') },
    });
    const late = planTransition({
      current: draft,
      currentContents: next,
      next: { ...next, opensToAll: { at: '2026-04-30T09:00:00Z' } },
      transition: { kind: 'publish' },
      now,
    });
    expect(late).toMatchObject({ ok: true, state: { status: 'draft' }, stillNeeds: [{ field: 'opensToAll' }] });
  });

  it('names it in the admin list', () => {
    expect(
      accessLabel(
        {
          access: 'members',
          status: 'published',
          publishedAt,
          opensToAllAt: new Date(publishedAt.getTime() + 24 * HOUR),
        },
        zone,
      ),
    ).toBe('Members first · opens 2 May 2026, 13:00');
    expect(
      accessLabel(
        {
          access: 'members',
          status: 'draft',
          publishedAt: null,
          opensToAllAt: storedOpensToAllAt({ afterHours: 72 }, { status: 'draft', publishedAt: null }),
        },
        zone,
      ),
    ).toBe('Members first · opens 3 days after publishing');
    expect(accessLabel({ access: 'members', status: 'draft', publishedAt: null, opensToAllAt: null }, zone)).toBe(
      'Members',
    );
  });
});
