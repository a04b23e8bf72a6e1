import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useConnection } from '@/db';
import { eq } from 'drizzle-orm';
import { newsletters, newsletterSubscriptions, users } from '@/db/schema';
import { openTestDatabase, testDatabaseKinds } from '@/db/testing';
import { seed } from '@/lib/content/seed';
import { welcomeMail } from '@/lib/mail/templates';
import { listNewsletters, setSubscription, subscribeNewMember, subscriptionsOf } from './newsletters';

describe.each(testDatabaseKinds)('newsletter subscriptions on %s', (kind) => {
  let conn: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    conn = await openTestDatabase(kind);
    await seed(conn.db);
    useConnection(conn);
  });
  afterAll(() => conn?.dispose());

  const reader = async (label: string) => {
    const [row] = await conn.db
      .insert(users)
      .values({ email: `${label}@example.org` })
      .returning();
    return row!.id;
  };

  it('subscribes a new member to the brief only, once, and the welcome mail says how to stop it', async () => {
    const userId = await reader('new-member');
    expect(await subscribeNewMember({ userId })).toEqual(['The Daily Brief']);
    expect(await subscribeNewMember({ userId })).toEqual(['The Daily Brief']);
    const rows = await conn.db.select().from(newsletterSubscriptions);
    expect(rows.filter((r) => r.userId === userId)).toHaveLength(1);
    const mail = await welcomeMail({ to: 'new-member@example.org', tier: 'Member', newsletters: ['The Daily Brief'] });
    expect(mail.text).toContain('The Daily Brief comes with it and will reach this address; to stop it, switch it off');
  });

  it('subscribes a member to their own edition’s members’ newsletters, or the default edition’s when it has none', async () => {
    const weekly = (await listNewsletters()).find((n) => n.language === 'ru')!;
    expect(await subscribeNewMember({ userId: await reader('ru-member-1'), locale: 'ru' })).toEqual([
      'The Daily Brief',
    ]);
    await conn.db.update(newsletters).set({ autoSubscribeMembers: true }).where(eq(newsletters.id, weekly.id));
    try {
      expect(await subscribeNewMember({ userId: await reader('ru-member-2'), locale: 'ru' })).toEqual([weekly.name]);
      expect(await subscribeNewMember({ userId: await reader('en-member-2') })).toEqual(['The Daily Brief']);
    } finally {
      await conn.db.update(newsletters).set({ autoSubscribeMembers: false }).where(eq(newsletters.id, weekly.id));
    }
  });

  it('keeps a reader’s “no”: a member who switched the brief off is not subscribed again on rejoining', async () => {
    const userId = await reader('said-no');
    const brief = (await listNewsletters()).find((n) => n.slug === 'the-daily-brief')!;
    await setSubscription({ userId, newsletterId: brief.id, subscribed: false });
    expect(await subscribeNewMember({ userId })).toEqual([]);
    expect((await subscriptionsOf({ userId })).get(brief.id)).toBe('unsubscribed');
    await setSubscription({ userId, newsletterId: brief.id, subscribed: true });
    expect((await subscriptionsOf({ userId })).get(brief.id)).toBe('subscribed');
  });
});
