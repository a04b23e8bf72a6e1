import { SearchPage, searchMetadata, type SearchRouteProps } from '@/components/pages/search-page';
import { getViewer } from '@/lib/auth/viewer';

export const metadata = searchMetadata;

export default async function PersonalSearchPage(props: SearchRouteProps) {
  return <SearchPage {...props} viewer={await getViewer()} />;
}
