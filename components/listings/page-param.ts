import { notFound } from 'next/navigation';

/** "/…/page/N": N is a whole number from 2 up; anything else is not a page we have. */
export function parsePageParam(raw: string | undefined): number {
  if (raw === undefined) return 1;
  if (!/^[1-9]\d{0,4}$/.test(raw)) notFound();
  const page = Number(raw);
  if (page < 2) notFound();
  return page;
}

/** A page past the last one is a 404, not an empty list. */
export function assertPageExists(result: { page: number; pageCount: number }) {
  if (result.page > result.pageCount) notFound();
}
