import { HomePage } from '@/components/pages/home-page';

export default function AnonymousHomePage() {
  return <HomePage />;
}
