import { NotFoundContent } from '@/components/not-found-content';

export default function SignedInNotFound() {
  return <NotFoundContent />;
}
