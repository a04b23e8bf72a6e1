import { SectionListing, sectionMetadata } from '@/components/listings/listings';

// Rendered on first visit, then served from the cache until its tags are revalidated.
export const generateStaticParams = () => Promise.resolve([]);
export const generateMetadata = sectionMetadata;
export default SectionListing;
