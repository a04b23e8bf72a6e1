import {
  attributionFrom,
  MembershipPage,
  membershipMetadata,
  type MembershipSearchParams,
} from '@/components/pages/membership-page';
import { getViewer } from '@/lib/auth/viewer';

export const metadata = membershipMetadata;

/** The offer for a reader with a session: a member is thanked instead of asked. */
export default async function PersonalMembershipPage({ searchParams }: { searchParams: MembershipSearchParams }) {
  const [viewer, attribution] = await Promise.all([getViewer(), attributionFrom(searchParams)]);
  return <MembershipPage viewer={viewer} {...attribution} />;
}
