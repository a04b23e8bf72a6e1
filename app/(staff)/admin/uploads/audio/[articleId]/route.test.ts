import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useConnection } from '@/db';
import { articleAudio, articles, users } from '@/db/schema';
import { openTestDatabase, testDatabaseKinds } from '@/db/testing';
import { silentMp3 } from '@/lib/content/demo-recording';
import { env } from '@/lib/env';
import { callAs, reader } from '@/test/viewer-standin';
import { GET as serve } from '@/app/media/audio/[file]/route';
import { DELETE, PUT } from './route';

const invalidate = vi.hoisted(() => vi.fn());
vi.mock('@/lib/cache/invalidate', () => ({ invalidate }));
vi.mock('@/lib/auth/viewer', () => import('@/test/viewer-standin'));

const editor = reader('editor');
const contributor = reader('contributor');
const member = reader('reader', {
  userId: 'member-1',
  membership: { status: 'active', pastDueSince: null, pausedUntil: null },
});
const lapsed = reader('reader', {
  userId: 'lapsed-1',
  membership: { status: 'canceled', pastDueSince: null, pausedUntil: null },
});

const put = (articleId: number, body: BodyInit, headers: Record<string, string> = {}) =>
  PUT(
    new Request(`http://localhost/admin/uploads/audio/${articleId}`, {
      method: 'PUT',
      body,
      headers,
      duplex: 'half',
    } as RequestInit),
    {
      params: Promise.resolve({ articleId: String(articleId) }),
    },
  );
const remove = (articleId: number) =>
  DELETE(new Request(`http://localhost/admin/uploads/audio/${articleId}`, { method: 'DELETE' }), {
    params: Promise.resolve({ articleId: String(articleId) }),
  });
const fetchAudio = (src: string, headers: Record<string, string> = {}) => {
  const file = src.split('/').pop() ?? '';
  return serve(new Request(`http://localhost${src}`, { headers }), { params: Promise.resolve({ file }) });
};

describe.each(testDatabaseKinds)('attaching and playing a story’s recording on %s', (kind) => {
  let conn: Awaited<ReturnType<typeof openTestDatabase>>;
  let storyId: number;
  let draftId: number;
  beforeAll(async () => {
    conn = await openTestDatabase(kind);
    useConnection(conn);
    await conn.db.insert(users).values(
      [editor, contributor, member, lapsed].map((v) => ({
        id: v.kind === 'signed-in' ? v.userId : '',
        email: v.kind === 'signed-in' ? `${v.userId}@example.org` : '',
      })),
    );
    const body = { type: 'doc' as const, content: [] };
    const [story, draft] = await conn.db
      .insert(articles)
      .values([
        {
          slug: 'the-long-read',
          headline: 'The long read',
          body,
          status: 'published',
          publishedAt: new Date('2026-01-01'),
        },
        {
          slug: 'someone-elses-draft',
          headline: 'Draft',
          body,
          createdById: editor.kind === 'signed-in' ? editor.userId : null,
        },
      ])
      .returning();
    storyId = story!.id;
    draftId = draft!.id;
  });
  afterAll(() => conn?.dispose());
  beforeEach(() => invalidate.mockClear());

  it('refuses an anonymous visitor, a reader, and a contributor on a story that is not theirs, before reading the file', async () => {
    const mp3 = silentMp3({ seconds: 5 });
    callAs({ kind: 'anonymous' });
    expect((await put(storyId, new Uint8Array(mp3))).status).toBe(401);
    callAs(member);
    expect((await put(storyId, new Uint8Array(mp3))).status).toBe(403);
    callAs(contributor);
    const refused = await put(draftId, new Uint8Array(mp3));
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: 'Your account is not allowed to change this article.' });
    expect((await remove(storyId)).status).toBe(403);
    callAs(editor);
    expect((await put(999_999, new Uint8Array(mp3))).status).toBe(404);
    expect(await conn.db.select().from(articleAudio)).toHaveLength(0);
    expect(invalidate).not.toHaveBeenCalled();
  });

  it('refuses a file that is not a recording, one whose length cannot be read, and one past the limit', async () => {
    callAs(editor);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const notAudio = await put(storyId, new Uint8Array(png));
    expect(notAudio.status).toBe(415);
    expect((await notAudio.json()).error).toMatch(/not an MP3 or M4A recording/);
    const bareFtyp = Buffer.concat([Buffer.from([0, 0, 0, 16]), Buffer.from('ftypM4A \0\0\0\0'), Buffer.alloc(64)]);
    const unreadable = await put(storyId, new Uint8Array(bareFtyp));
    expect(unreadable.status).toBe(422);
    expect((await unreadable.json()).error).toMatch(/length could not be read/);
    const empty = await put(storyId, new Uint8Array());
    expect(empty.status).toBe(400);
    const tooLarge = await put(storyId, new Uint8Array(8), { 'content-length': String(101 * 1024 * 1024) });
    expect(tooLarge.status).toBe(413);
    expect((await tooLarge.json()).error).toMatch(/larger than 100 MB/);
    expect(await conn.db.select().from(articleAudio)).toHaveLength(0);
  });

  it('attaches an MP3 with its length, expires the story’s page, and replaces it with the next, deleting the old file', async () => {
    callAs(editor);
    const first = await put(storyId, new Uint8Array(silentMp3({ seconds: 125, id3: true })));
    expect(first.status).toBe(201);
    const attached = await first.json();
    expect(attached).toMatchObject({ mimeType: 'audio/mpeg', durationSeconds: 125 });
    expect(attached.src).toMatch(/^\/media\/audio\/[A-Za-z0-9_-]{16}\.mp3$/);
    expect(invalidate).toHaveBeenCalledWith('article:the-long-read');
    const firstFile = path.join(env.DATA_DIR, 'media', attached.storageKey);
    expect(fs.existsSync(firstFile)).toBe(true);

    const second = await (await put(storyId, new Uint8Array(silentMp3({ seconds: 60 })))).json();
    const [row] = await conn.db.select().from(articleAudio).where(eq(articleAudio.articleId, storyId));
    expect(row).toMatchObject({ storageKey: second.storageKey, durationSeconds: 60, uploadedById: 'editor-1' });
    expect(fs.existsSync(firstFile)).toBe(false);
    expect((await fetchAudio(attached.src)).status).toBe(404);
  });

  it('plays it to a member in ranges a player can seek with, privately, and refuses everyone else', async () => {
    callAs(editor);
    const mp3 = silentMp3({ seconds: 30 });
    const { src } = await (await put(storyId, new Uint8Array(mp3))).json();

    callAs(member);
    const whole = await fetchAudio(src);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('audio/mpeg');
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(whole.headers.get('cache-control')).toMatch(/^private/);
    expect(whole.headers.get('set-cookie')).toBeNull();
    expect(Buffer.from(await whole.arrayBuffer()).equals(mp3)).toBe(true);

    const part = await fetchAudio(src, { range: 'bytes=100-199' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${mp3.length}`);
    expect(part.headers.get('content-length')).toBe('100');
    expect(Buffer.from(await part.arrayBuffer()).equals(mp3.subarray(100, 200))).toBe(true);
    const rest = await fetchAudio(src, { range: `bytes=${mp3.length - 10}-` });
    expect(rest.status).toBe(206);
    expect((await rest.arrayBuffer()).byteLength).toBe(10);
    const past = await fetchAudio(src, { range: `bytes=${mp3.length}-` });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${mp3.length}`);

    callAs(contributor);
    expect((await fetchAudio(src, { range: 'bytes=0-' })).status).toBe(206);
    for (const viewer of [{ kind: 'anonymous' as const }, lapsed]) {
      callAs(viewer);
      const refused = await fetchAudio(src);
      expect(refused.status).toBe(403);
      expect(refused.headers.get('cache-control')).toBe('private, no-store');
    }
  });

  it('keeps a draft’s recording from members until the story is on the site', async () => {
    callAs(editor);
    const { src } = await (await put(draftId, new Uint8Array(silentMp3({ seconds: 10 })))).json();
    callAs(member);
    expect((await fetchAudio(src)).status).toBe(404);
    callAs(editor);
    expect((await fetchAudio(src)).status).toBe(200);
  });

  it('removes a recording and its file, and expires the page', async () => {
    callAs(editor);
    const { src, storageKey } = await (await put(storyId, new Uint8Array(silentMp3({ seconds: 10 })))).json();
    invalidate.mockClear();
    expect((await remove(storyId)).status).toBe(200);
    expect(invalidate).toHaveBeenCalledWith('article:the-long-read');
    expect(await conn.db.select().from(articleAudio).where(eq(articleAudio.articleId, storyId))).toHaveLength(0);
    expect(fs.existsSync(path.join(env.DATA_DIR, 'media', storageKey))).toBe(false);
    callAs(member);
    expect((await fetchAudio(src)).status).toBe(404);
  });
});
