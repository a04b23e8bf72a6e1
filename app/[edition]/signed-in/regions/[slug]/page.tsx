import { RegionListing, regionMetadata } from '@/components/listings/listings';

export const generateMetadata = regionMetadata;
export default RegionListing;
