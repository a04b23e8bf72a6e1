import { NewslettersPage, newslettersMetadata } from '@/components/newsletters/newsletters-page';
import { anonymousViewer } from '@/domain/auth/viewer';
import { editionLocale } from '@/lib/i18n/edition';

export const generateMetadata = newslettersMetadata;

/** The anonymous, prerendered variant; signed-in readers get /signed-in/newsletters. */
export default async function AnonymousNewslettersPage() {
  return <NewslettersPage viewer={anonymousViewer} locale={await editionLocale()} />;
}
