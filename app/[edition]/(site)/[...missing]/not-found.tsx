import { NotFoundContent } from '@/components/not-found-content';

/**
 * The reader's 404, placed in each segment that can answer 404 rather than once for all of
 * (site): Next.js carries a layout's not-found fallback in the payload of every page below it,
 * so home, about and search need not carry this one.
 */
export default function SiteNotFound() {
  return <NotFoundContent />;
}
