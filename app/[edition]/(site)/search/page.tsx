import { SearchPage, searchMetadata, type SearchRouteProps } from '@/components/pages/search-page';
import { anonymousViewer } from '@/domain/membership/entitlement';

export const metadata = searchMetadata;

export default function AnonymousSearchPage(props: SearchRouteProps) {
  return <SearchPage {...props} viewer={anonymousViewer} />;
}
