import {
  archiveMetadata,
  archiveStaticParams,
  NewsletterArchivePage,
  type ArchiveRouteProps,
} from '@/components/newsletters/archive-page';
import { anonymousViewer } from '@/domain/auth/viewer';

export const generateStaticParams = archiveStaticParams;
export const generateMetadata = archiveMetadata;

export default function AnonymousNewsletterArchivePage(props: ArchiveRouteProps) {
  return <NewsletterArchivePage {...props} viewer={anonymousViewer} />;
}
