import { HomePage } from '@/components/pages/home-page';
import { getViewer } from '@/lib/auth/viewer';

export default async function PersonalHomePage() {
  return <HomePage viewer={await getViewer()} />;
}
