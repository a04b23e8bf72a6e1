import { MembershipPage, membershipMetadata } from '@/components/pages/membership-page';
import { anonymousViewer } from '@/domain/membership/entitlement';
import { attributedOffer, type ViaParams } from './attribution';

export const metadata = membershipMetadata;
export const generateStaticParams = () => Promise.resolve([]);

/** The offer reached from an appeal that names no story (the banner, the header, home). */
export default async function AttributedMembershipPage({ params }: { params: Promise<ViaParams> }) {
  return <MembershipPage viewer={anonymousViewer} {...await attributedOffer(await params)} />;
}
