import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { parseBuffer } from 'music-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '@/lib/content/seed';
import { openTestDatabase, testDatabaseKinds } from '@/db/testing';
import { env } from '@/lib/env';

const TABLES = ['sections', 'regions', 'authors', 'tags', 'articles', 'article_authors', 'article_tags', 'slug_redirects', 'users', 'appeals', 'membership_benefits', 'membership_faq', 'newsletters', 'newsletter_issues', 'article_audio'];

describe.each(testDatabaseKinds)('seed on %s', (kind) => {
  let conn: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    conn = await openTestDatabase(kind);
  });
  afterAll(() => conn?.dispose());

  const snapshot = async () => {
    const out: Record<string, unknown> = {};
    for (const table of TABLES) {
      const result = await conn.db.execute(sql.raw(`select * from ${table} order by 1, 2`));
      out[table] = (result as { rows: unknown[] }).rows;
    }
    return JSON.stringify(out);
  };

  it('loads the demo newsroom: every section and region, six authors, at least 24 English articles, 3 members-only', async () => {
    await seed(conn.db);
    const count = async (query: string) => {
      const result = await conn.db.execute(sql.raw(query));
      return Number((result as { rows: { n: number | string }[] }).rows[0]?.n);
    };
    expect(await count('select count(*) as n from sections')).toBe(6);
    expect(await count('select count(*) as n from regions')).toBe(5);
    expect(await count('select count(*) as n from authors')).toBe(6);
    expect(await count(`select count(*) as n from articles where status = 'published' and language = 'en'`)).toBeGreaterThanOrEqual(24);
    expect(await count(`select count(*) as n from articles where access = 'members' and language = 'en'`)).toBe(3);
    expect(await count('select count(distinct section_id) as n from articles')).toBe(6);
    expect(await count('select count(distinct region_id) as n from articles')).toBe(5);
    expect(await count('select count(*) as n from articles a where not exists (select 1 from article_authors x where x.article_id = a.id)')).toBe(0);
    expect(await count(`select count(*) as n from users where email in ('editor@newsroom.test', 'admin@newsroom.test') and role <> 'reader'`)).toBe(2);
  });

  it('attaches a generated recording, stored where uploads go, to the stories whose files ask for one', async () => {
    const result = await conn.db.execute(
      sql`select a.slug, r.storage_key, r.mime_type, r.bytes, r.duration_seconds from article_audio r join articles a on a.id = r.article_id order by a.slug`,
    );
    const rows = (result as { rows: { slug: string; storage_key: string; mime_type: string; bytes: number; duration_seconds: number }[] }).rows;
    expect(rows.map((r) => [r.slug, r.mime_type, r.duration_seconds])).toEqual([
      ['gyumri-after-the-earthquake', 'audio/mpeg', 420],
      ['gyumri-posle-zemletryaseniya', 'audio/mpeg', 420],
      ['middle-corridor-trade-route', 'audio/mpeg', 540],
      ['srednij-koridor-uzkie-mesta', 'audio/mpeg', 540],
    ]);
    for (const row of rows) {
      const file = fs.readFileSync(path.join(env.DATA_DIR, 'media', row.storage_key));
      expect(file.length).toBe(row.bytes);
      const { format } = await parseBuffer(file, { mimeType: 'audio/mpeg' }, { duration: true });
      expect(Math.round(format.duration ?? 0)).toBe(row.duration_seconds);
    }
  });

  it('loads the three newsletters with their languages, schedules and past issues, the brief for members only', async () => {
    const result = await conn.db.execute(
      sql`select n.slug, n.language, n.audience, n.auto_subscribe_members, n.schedule_days, n.schedule_time,
            count(i.id)::int as issues, count(i.id) filter (where i.access = 'members')::int as members_only
          from newsletters n left join newsletter_issues i on i.newsletter_id = n.id group by n.id order by n.slug`,
    );
    const rows = (result as { rows: Record<string, unknown>[] }).rows;
    expect(rows.map(({ issues, members_only, ...row }) => ({ ...row, some: Number(issues) >= 2, membersOnly: Number(members_only) === Number(issues) }))).toEqual([
      { slug: 'nedelya-na-kavkaze', language: 'ru', audience: 'everyone', auto_subscribe_members: false, schedule_days: ['sat'], schedule_time: '10:00', some: true, membersOnly: false },
      { slug: 'ridgeline-weekly', language: 'en', audience: 'everyone', auto_subscribe_members: false, schedule_days: ['fri'], schedule_time: '17:00', some: true, membersOnly: false },
      { slug: 'the-daily-brief', language: 'en', audience: 'members', auto_subscribe_members: true, schedule_days: ['mon', 'tue', 'wed', 'thu', 'fri'], schedule_time: '07:00', some: true, membersOnly: true },
    ]);
  });

  it('loads the Russian edition: eight stories, six linked to the English story they translate, and names, appeals, benefits and questions in Russian', async () => {
    const rows = async <T,>(query: ReturnType<typeof sql>) => (await conn.db.execute(query) as { rows: T[] }).rows;
    const russian = await rows<{ slug: string; search_config: string; original: string | null; access: string }>(sql`
      select ru.slug, ru.search_config::text as search_config, en.slug as original, ru.access
      from articles ru left join articles en on en.translation_group = ru.translation_group and en.language = 'en'
      where ru.language = 'ru' order by ru.slug`);
    expect(russian.length).toBeGreaterThanOrEqual(8);
    expect(russian.every((r) => r.search_config === 'russian')).toBe(true);
    expect(russian.filter((r) => r.original).length).toBeGreaterThanOrEqual(6);
    expect(russian.filter((r) => !r.original).length).toBeGreaterThanOrEqual(2);
    expect(russian.find((r) => r.slug === 'srednij-koridor-uzkie-mesta')).toMatchObject({
      original: 'middle-corridor-trade-route',
      access: 'members',
    });
    // An English story's own group is its id, so its translations can find it after a rename.
    const [group] = await rows<{ ok: boolean }>(
      sql`select translation_group = id as ok from articles where slug = 'middle-corridor-trade-route'`,
    );
    expect(group?.ok).toBe(true);
    // Russian stems: «выборы» finds the story that only says «выборов».
    const found = await rows<{ slug: string }>(
      sql`select slug from articles where search @@ websearch_to_tsquery('russian', 'выборы') and language = 'ru'`,
    );
    expect(found.map((r) => r.slug)).toContain('novosti-na-tretem-yazyke-dzhavakheti');

    const names = await rows<{ name: string; ru: string }>(
      sql`select name, translations->'ru'->>'name' as ru from sections where slug = 'news'
          union all select name, translations->'ru'->>'name' from regions where slug = 'armenia'
          union all select name, translations->'ru'->>'name' from authors where slug = 'giorgi-beridze'`,
    );
    expect(names).toEqual([
      { name: 'News', ru: 'Новости' },
      { name: 'Armenia', ru: 'Армения' },
      { name: 'Giorgi Beridze', ru: 'Гиорги Беридзе' },
    ]);
    const [untranslatedTags] = await rows<{ n: number }>(
      sql`select count(*)::int as n from tags where translations->'ru'->>'name' is null`,
    );
    expect(untranslatedTags?.n).toBe(0);
    const perLocale = await rows<{ locale: string; appeals: number; benefits: number; faq: number }>(sql`
      select l.locale,
        (select count(*)::int from appeals a where a.locale = l.locale) as appeals,
        (select count(*)::int from membership_benefits b where b.locale = l.locale) as benefits,
        (select count(*)::int from membership_faq f where f.locale = l.locale) as faq
      from (values ('en'), ('ru')) as l(locale) order by l.locale`);
    expect(perLocale).toEqual([
      { locale: 'en', appeals: 3, benefits: 5, faq: 4 },
      { locale: 'ru', appeals: 3, benefits: 5, faq: 4 },
    ]);
  });

  it('changes nothing when it runs a second time', async () => {
    const before = await snapshot();
    await seed(conn.db);
    expect(await snapshot()).toBe(before);
  });

  it('seeds the three appeals, adds a missing one and keeps an editor’s copy', async () => {
    await conn.db.execute(sql`update appeals set body = 'An editor wrote this.' where placement = 'banner'`);
    await conn.db.execute(sql`delete from appeals where placement = 'in-article'`);
    await seed(conn.db);
    const result = await conn.db.execute(
      sql`select placement, body, goal_members, goal_ends_on from appeals where locale = 'en' order by placement`,
    );
    const rows = (result as { rows: { placement: string; body: string; goal_members: number | null; goal_ends_on: string | null }[] }).rows;
    expect(rows.map((r) => r.placement)).toEqual(['banner', 'end-of-article', 'in-article']);
    expect(rows[0]).toMatchObject({ body: 'An editor wrote this.', goal_members: 500, goal_ends_on: '2026-12-31' });
    expect(rows[2]?.body).toMatch(/paid for by its readers|readers who chip in/);
  });
});
