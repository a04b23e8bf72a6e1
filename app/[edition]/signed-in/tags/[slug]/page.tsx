import { TagListing, tagMetadata } from '@/components/listings/listings';

export const generateMetadata = tagMetadata;
export default TagListing;
