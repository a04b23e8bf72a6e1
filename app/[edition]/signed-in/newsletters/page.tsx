import { NewslettersPage, newslettersMetadata } from '@/components/newsletters/newsletters-page';
import { getViewer } from '@/lib/auth/viewer';
import { editionLocale } from '@/lib/i18n/edition';

export const generateMetadata = newslettersMetadata;

export default async function PersonalNewslettersPage() {
  return <NewslettersPage viewer={await getViewer()} locale={await editionLocale()} />;
}
