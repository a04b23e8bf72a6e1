import {
  archiveMetadata,
  archiveStaticParams,
  NewsletterArchivePage,
  type ArchiveRouteProps,
} from '@/components/newsletters/archive-page';
import { anonymousViewer } from '@/domain/auth/viewer';
import { editionLocale } from '@/lib/i18n/edition';

export const generateStaticParams = archiveStaticParams;
export const generateMetadata = archiveMetadata;

export default async function AnonymousNewsletterArchivePage(props: ArchiveRouteProps) {
  return <NewsletterArchivePage {...props} viewer={anonymousViewer} locale={await editionLocale()} />;
}
