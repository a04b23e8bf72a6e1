import { NewslettersPage, newslettersMetadata } from '@/components/newsletters/newsletters-page';
import { getViewer } from '@/lib/auth/viewer';

export const metadata = newslettersMetadata;

export default async function PersonalNewslettersPage() {
  return <NewslettersPage viewer={await getViewer()} />;
}
