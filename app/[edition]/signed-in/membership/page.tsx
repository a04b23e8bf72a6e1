import type { Metadata } from 'next';
import {
  attributionFrom,
  MembershipPage,
  membershipMetadataIn,
  type MembershipSearchParams,
} from '@/components/pages/membership-page';
import { getViewer } from '@/lib/auth/viewer';
import { editionLocale } from '@/lib/i18n/edition';

export async function generateMetadata(): Promise<Metadata> {
  return membershipMetadataIn(await editionLocale());
}

/** The offer for a reader with a session: a member is thanked instead of asked. */
export default async function PersonalMembershipPage({ searchParams }: { searchParams: MembershipSearchParams }) {
  const [viewer, attribution] = await Promise.all([getViewer(), attributionFrom(searchParams)]);
  return <MembershipPage viewer={viewer} {...attribution} />;
}
