import { notFound } from 'next/navigation';

/**
 * Any URL no other route matches lands here so that its 404 page has the site around it.
 * Rendered per request: caching every mistyped URL would let anyone fill the cache.
 */
export const dynamic = 'force-dynamic';

export default function MissingPage() {
  notFound();
}
