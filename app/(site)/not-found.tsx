import { NotFoundContent } from '@/components/not-found-content';

export default function SiteNotFound() {
  return <NotFoundContent />;
}
