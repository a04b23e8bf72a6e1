import { getRecordingByKey } from '@/db/queries/article-audio';
import { canListenToRecording } from '@/domain/membership/entitlement';
import { isStaff } from '@/domain/auth/permissions';
import { getViewer } from '@/lib/auth/viewer';
import { readRange } from '@/lib/http/range';
import { audioKeyFromFile } from '@/lib/media/audio';
import { mediaStore } from '@/lib/media/storage';

export const dynamic = 'force-dynamic';

/**
 * A story's recording, `/media/audio/<id>.<mp3|m4a>`: members-only, so every request asks the
 * entitlement (members and staff may play it; a draft's recording is for staff alone) and the
 * answer is `private`, for this browser only. Ranges (206) let the player seek and fetch as it
 * plays. proxy.ts's matcher leaves /media/ out, so no Set-Cookie is ever added to it.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const storageKey = audioKeyFromFile((await params).file);
  if (!storageKey) return plain(404, 'No such recording.');
  const [recording, viewer] = await Promise.all([getRecordingByKey({ storageKey }), getViewer()]);
  const staff = viewer.kind === 'signed-in' && isStaff(viewer.role);
  if (!recording || (!recording.onSite && !staff)) return plain(404, 'No such recording.');
  if (!canListenToRecording(viewer)) return plain(403, 'This recording is for members. Join at /membership to listen.');

  const size = recording.bytes;
  const headers: Record<string, string> = {
    'Content-Type': recording.mimeType,
    'Accept-Ranges': 'bytes',
    // Whether it may be played depends on who asks: never for a shared cache, and checked again
    // after a while in this browser, so a lapsed membership stops playing.
    'Cache-Control': 'private, max-age=300',
    Vary: 'Cookie',
    'X-Content-Type-Options': 'nosniff',
  };
  const range = readRange(request.headers.get('range'), size);
  if (range.kind === 'unsatisfiable')
    return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${size}` } });
  const part = range.kind === 'part' ? { start: range.start, end: range.end } : undefined;
  const body = await mediaStore().stream(storageKey, part);
  if (!body) return plain(404, 'No such recording.');
  if (!part) return new Response(body, { status: 200, headers: { ...headers, 'Content-Length': String(size) } });
  return new Response(body, {
    status: 206,
    headers: {
      ...headers,
      'Content-Range': `bytes ${part.start}-${part.end}/${size}`,
      'Content-Length': String(part.end - part.start + 1),
    },
  });
}

function plain(status: number, message: string) {
  return new Response(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' },
  });
}
