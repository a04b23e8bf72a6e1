import { getImage } from '@/db/queries/images';
import { IMMUTABLE, mediaStore } from '@/lib/media/storage';
import { isMediaId, MEDIA_CONTENT_TYPES, type MediaFormat } from '@/lib/media/urls';

const VARIANT_FILE = /^([1-9]\d{0,4})\.(avif|webp|jpg)$/;
const CANONICAL_FILE = /^([1-9]\d{0,5})x([1-9]\d{0,5})\.jpg$/;

/**
 * One stored variant: `/media/<id>/<width>.<avif|webp|jpg>`, or the canonical
 * `/media/<id>/<width>x<height>.jpg` (the largest JPEG, for feeds and link previews). Anyone may
 * read it; the URL never changes meaning, so caches keep it for a year.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; file: string }> }) {
  const { id, file } = await params;
  if (!isMediaId(id)) return notFound();
  const variant = VARIANT_FILE.exec(file);
  const canonical = variant ? null : CANONICAL_FILE.exec(file);
  if (!variant && !canonical) return notFound();

  const image = await getImage({ id });
  if (!image) return notFound();
  let width: number;
  let format: MediaFormat;
  if (variant) {
    width = Number(variant[1]);
    format = variant[2] as MediaFormat;
    if (!image.variantWidths.includes(width)) return notFound();
  } else {
    if (Number(canonical?.[1]) !== image.width || Number(canonical?.[2]) !== image.height) return notFound();
    width = Math.max(...image.variantWidths);
    format = 'jpg';
  }

  const store = mediaStore();
  const key = `${id}/${width}.${format}`;
  const elsewhere = store.publicUrl(key);
  if (elsewhere)
    return new Response(null, { status: 308, headers: { Location: elsewhere, 'Cache-Control': IMMUTABLE } });
  const body = await store.get(key);
  if (!body) return notFound();
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': MEDIA_CONTENT_TYPES[format],
      'Content-Length': String(body.length),
      'Cache-Control': IMMUTABLE,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

function notFound() {
  return new Response('No such image.', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=60' },
  });
}
