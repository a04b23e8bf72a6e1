import { archiveMetadata, NewsletterArchivePage, type ArchiveRouteProps } from '@/components/newsletters/archive-page';
import { getViewer } from '@/lib/auth/viewer';

export const generateMetadata = archiveMetadata;

export default async function PersonalNewsletterArchivePage(props: ArchiveRouteProps) {
  return <NewsletterArchivePage {...props} viewer={await getViewer()} />;
}
