import { NextResponse } from 'next/server';
import { getArticleForRecording } from '@/db/queries/article-audio';
import { mayEditArticle } from '@/domain/articles/access';
import { authorize, refusalResponse } from '@/lib/auth/viewer';
import { cacheTags } from '@/lib/cache-tags';
import { invalidate } from '@/lib/cache/invalidate';
import { BodyTooLargeError, readBodyBytes } from '@/lib/http/read-body';
import { AUDIO_TOO_LARGE_MESSAGE, audioSrc, MAX_AUDIO_BYTES } from '@/lib/media/audio';
import { acceptRecording, detachRecording } from '@/lib/media/audio-upload';
import { UploadError } from '@/lib/media/upload';

type Params = { params: Promise<{ articleId: string }> };

/**
 * PUT the recording itself as the body (not a multipart form, so 100 MB is held once): answers
 * 201 with the recording, or a status and a sentence in `{ error }`. DELETE detaches it. Staff
 * who may edit the story only; its page is expired either way, so members see the change at
 * once. Under /admin/uploads, which proxy.ts's matcher leaves out, so the body reaches us whole.
 */
export async function PUT(request: Request, { params }: Params) {
  const story = await editableStory(params);
  if (!story.ok) return story.response;

  let bytes: Buffer;
  try {
    bytes = await readBodyBytes(request, { limit: MAX_AUDIO_BYTES });
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    void request.body?.cancel().catch(() => undefined);
    return NextResponse.json({ error: AUDIO_TOO_LARGE_MESSAGE }, { status: 413, headers: { Connection: 'close' } });
  }
  try {
    const recording = await acceptRecording({ articleId: story.id, bytes, uploadedById: story.userId });
    expire(story.slug);
    return NextResponse.json({ ...recording, src: audioSrc(recording.storageKey) }, { status: 201 });
  } catch (error) {
    if (error instanceof UploadError) return NextResponse.json({ error: error.message }, { status: error.status });
    console.error('recording upload failed', { userId: story.userId, articleId: story.id, error });
    return NextResponse.json(
      { error: 'The recording could not be stored just now. Try again in a minute.' },
      { status: 500 },
    );
  }
}

export async function DELETE(_request: Request, { params }: Params) {
  const story = await editableStory(params);
  if (!story.ok) return story.response;
  await detachRecording({ articleId: story.id });
  expire(story.slug);
  return NextResponse.json({ removed: true });
}

/** 401 not signed in, 403 not staff, 404 no such story, 403 a story this person may not edit. */
async function editableStory(params: Params['params']) {
  const caller = await authorize('articles:write');
  if (!caller.ok) return { ok: false as const, response: refusalResponse(caller) };
  const id = Number((await params).articleId);
  const article = Number.isInteger(id) && id > 0 ? await getArticleForRecording({ articleId: id }) : null;
  if (!article)
    return { ok: false as const, response: NextResponse.json({ error: 'No such article.' }, { status: 404 }) };
  if (!mayEditArticle(caller.viewer, article))
    return {
      ok: false as const,
      response: NextResponse.json({ error: 'Your account is not allowed to change this article.' }, { status: 403 }),
    };
  return { ok: true as const, id: article.id, slug: article.slug, userId: caller.viewer.userId };
}

/** The story's page (which carries the player or the note); no list shows a recording. */
function expire(slug: string) {
  invalidate(cacheTags.article(slug));
}
