import { archiveMetadata, NewsletterArchivePage, type ArchiveRouteProps } from '@/components/newsletters/archive-page';
import { getViewer } from '@/lib/auth/viewer';
import { editionLocale } from '@/lib/i18n/edition';

export const generateMetadata = archiveMetadata;

export default async function PersonalNewsletterArchivePage(props: ArchiveRouteProps) {
  return <NewsletterArchivePage {...props} viewer={await getViewer()} locale={await editionLocale()} />;
}
