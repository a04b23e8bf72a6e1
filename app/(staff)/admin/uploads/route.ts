import { NextResponse } from 'next/server';
import { authorize, refusalResponse } from '@/lib/auth/viewer';
import { BodyTooLargeError, readBodyBytes } from '@/lib/http/read-body';
import { MAX_UPLOAD_BYTES, NO_FILE_MESSAGE, TOO_LARGE_MESSAGE } from '@/lib/media/limits';
import { acceptUpload, UploadError } from '@/lib/media/upload';

/** Room for the multipart boundaries and headers around the file itself. */
const ENVELOPE_BYTES = 64 * 1024;

/**
 * POST a multipart form with one `file`: answers 201 with the UploadedImage, or a status and a
 * sentence in `{ error }`. proxy.ts's matcher leaves this path out, so the body reaches us whole.
 */
export async function POST(request: Request) {
  const caller = await authorize('articles:write');
  if (!caller.ok) return refusalResponse(caller);

  let body: Buffer;
  try {
    body = await readBodyBytes(request, { limit: MAX_UPLOAD_BYTES + ENVELOPE_BYTES });
  } catch (error) {
    if (error instanceof BodyTooLargeError) return tooLarge(request);
    throw error;
  }
  let file: FormDataEntryValue | null;
  try {
    file = (
      await new Response(new Uint8Array(body), {
        headers: { 'content-type': request.headers.get('content-type') ?? '' },
      }).formData()
    ).get('file');
  } catch {
    return NextResponse.json({ error: NO_FILE_MESSAGE }, { status: 400 });
  }
  if (!(file instanceof File) || file.size === 0) return NextResponse.json({ error: NO_FILE_MESSAGE }, { status: 400 });
  if (file.size > MAX_UPLOAD_BYTES) return NextResponse.json({ error: TOO_LARGE_MESSAGE }, { status: 413 });

  try {
    const image = await acceptUpload({
      bytes: Buffer.from(await file.arrayBuffer()),
      uploadedById: caller.viewer.userId,
    });
    return NextResponse.json(image, { status: 201 });
  } catch (error) {
    if (error instanceof UploadError) return NextResponse.json({ error: error.message }, { status: error.status });
    console.error('image upload failed', { userId: caller.viewer.userId, error });
    return NextResponse.json(
      { error: 'The image could not be stored just now. Try again in a minute.' },
      { status: 500 },
    );
  }
}

function tooLarge(request: Request) {
  void request.body?.cancel().catch(() => undefined);
  return NextResponse.json({ error: TOO_LARGE_MESSAGE }, { status: 413, headers: { Connection: 'close' } });
}
