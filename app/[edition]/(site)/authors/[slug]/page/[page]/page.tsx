import { AuthorListing, authorMetadata } from '@/components/listings/listings';

// Rendered on first visit, then served from the cache until its tags are revalidated.
export const generateStaticParams = () => Promise.resolve([]);
export const generateMetadata = authorMetadata;
export default AuthorListing;
