import { SectionListing, sectionMetadata } from '@/components/listings/listings';

export const generateMetadata = sectionMetadata;
export default SectionListing;
