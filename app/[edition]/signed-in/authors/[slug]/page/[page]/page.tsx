import { AuthorListing, authorMetadata } from '@/components/listings/listings';

export const generateMetadata = authorMetadata;
export default AuthorListing;
