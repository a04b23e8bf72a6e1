import { NewslettersPage, newslettersMetadata } from '@/components/newsletters/newsletters-page';
import { anonymousViewer } from '@/domain/auth/viewer';

export const metadata = newslettersMetadata;

/** The anonymous, prerendered variant; signed-in readers get /signed-in/newsletters. */
export default function AnonymousNewslettersPage() {
  return <NewslettersPage viewer={anonymousViewer} />;
}
