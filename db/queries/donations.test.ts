import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useConnection } from '@/db';
import { donations, users } from '@/db/schema';
import { openTestDatabase, testDatabaseKinds } from '@/db/testing';
import { getOneOffGiving, listDonationsOfUser } from './donations';

describe.each(testDatabaseKinds)('one-off gifts for the dashboard on %s', (kind) => {
  let conn: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    conn = await openTestDatabase(kind);
    useConnection(conn);
  });
  afterAll(() => conn?.dispose());

  it('counts this month on the newsroom’s clock and the last 30 days apart, with givers and the pool’s share', async () => {
    // 3 December 2026, 10:00 in Tbilisi (UTC+4); the month began there at 30 November, 20:00 UTC.
    const now = new Date('2026-12-03T06:00:00Z');
    const [reader] = await conn.db.insert(users).values({ email: 'gives-twice@example.org' }).returning();
    const gift = (
      id: string,
      createdAt: string,
      amount: number,
      more: Partial<typeof donations.$inferInsert> = {},
    ) => ({
      id,
      email: 'someone@example.org',
      amount,
      currency: 'usd',
      createdAt: new Date(createdAt),
      ...more,
    });
    await conn.db.insert(donations).values([
      gift('cs_a', '2026-12-02T09:00:00Z', 2500, { userId: reader!.id, email: reader!.email }),
      gift('cs_b', '2026-12-01T09:00:00Z', 1000, { userId: reader!.id, email: reader!.email, purpose: 'pool' }),
      // Already December in Tbilisi, still November in UTC.
      gift('cs_c', '2026-11-30T21:00:00Z', 5000, { email: 'Anon@Example.org' }),
      gift('cs_d', '2026-11-20T12:00:00Z', 300, { email: 'anon@example.org', purpose: 'pool' }),
      // Outside both.
      gift('cs_e', '2026-10-01T12:00:00Z', 99900),
      // After "now": not yet.
      gift('cs_f', '2026-12-03T07:00:00Z', 700),
    ]);
    const [usd, ...others] = await getOneOffGiving({ now, timeZone: 'Asia/Tbilisi' });
    expect(others).toEqual([]);
    expect(usd).toEqual({
      currency: 'usd',
      month: { cents: 8500, gifts: 3, donors: 2, poolCents: 1000 },
      last30Days: { cents: 8800, gifts: 4, donors: 2, poolCents: 1300 },
    });
    expect((await listDonationsOfUser({ userId: reader!.id })).map((d) => d.id)).toEqual(['cs_a', 'cs_b']);
  });
});
