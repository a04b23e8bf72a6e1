import { MembershipPage, membershipMetadata } from '@/components/pages/membership-page';
import { anonymousViewer } from '@/domain/membership/entitlement';
import { attributedOffer, type ViaParams } from '../attribution';

export const metadata = membershipMetadata;
export const generateStaticParams = () => Promise.resolve([]);

/** The offer reached from an appeal in or after a story. */
export default async function StoryAttributedMembershipPage({
  params,
}: {
  params: Promise<ViaParams & { from: string }>;
}) {
  return <MembershipPage viewer={anonymousViewer} {...await attributedOffer(await params)} />;
}
