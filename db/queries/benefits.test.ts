import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useConnection } from '@/db';
import { articleAudio, auditLog, users } from '@/db/schema';
import { openTestDatabase, testDatabaseKinds } from '@/db/testing';
import { readBenefits } from '@/lib/content/appeal-copy';
import { seed, seedAppeals } from '@/lib/content/seed';
import { listBenefits, listBenefitsForAdmin, listFaq, saveBenefits, saveFaq } from './benefits';

describe.each(testDatabaseKinds)('the member benefits on %s', (kind) => {
  let conn: Awaited<ReturnType<typeof openTestDatabase>>;
  let editorId: string;
  beforeAll(async () => {
    conn = await openTestDatabase(kind);
    await seed(conn.db);
    useConnection(conn);
    const [editor] = await conn.db.select({ id: users.id }).from(users).where(eq(users.email, 'editor@newsroom.test'));
    editorId = editor!.id;
  });
  afterAll(() => conn?.dispose());

  it('starts from content/newsroom.yaml, in its order, and promises audio only with a recording to play', async () => {
    const benefits = await listBenefits();
    expect(benefits).toEqual(readBenefits('content'));
    expect(benefits.join(' ')).toMatch(/audio versions/i);
    expect(await conn.db.$count(articleAudio)).toBeGreaterThan(0);
  });

  it('replaces the whole list with the editor’s, records who did it, and a later start keeps it', async () => {
    const russian = await listBenefits({ locale: 'ru' });
    expect(russian).toHaveLength(5);
    await saveBenefits({ benefits: ['Second', 'First'], updatedById: editorId });
    expect(await listBenefits()).toEqual(['Second', 'First']);
    // One edition's list is the editor's to replace; the other edition's stays as it was.
    expect(await listBenefits({ locale: 'ru' })).toEqual(russian);
    const admin = await listBenefitsForAdmin();
    expect(admin.lastChange?.updatedBy).toBe('editor@newsroom.test');
    const [audit] = await conn.db.select().from(auditLog).where(eq(auditLog.action, 'benefits.update'));
    expect(audit?.details).toEqual({ locale: 'en', benefits: ['Second', 'First'] });
    // Every start seeds what is missing: an edited list is not missing.
    await seedAppeals(conn.db);
    expect(await listBenefits()).toEqual(['Second', 'First']);
  });

  it('keeps each edition’s questions apart: saving the Russian ones leaves the English ones, and a later start keeps both', async () => {
    const english = await listFaq();
    expect(english.map((entry) => entry.question)).toContain('Can I cancel?');
    await saveFaq({
      entries: [{ question: 'Можно ли отменить участие?', answer: 'Да, в любой момент.' }],
      locale: 'ru',
      updatedById: editorId,
    });
    expect(await listFaq({ locale: 'ru' })).toEqual([
      { question: 'Можно ли отменить участие?', answer: 'Да, в любой момент.' },
    ]);
    expect(await listFaq()).toEqual(english);
    await seedAppeals(conn.db);
    expect(await listFaq({ locale: 'ru' })).toHaveLength(1);
  });
});
