import type { Metadata } from 'next';
import { MembershipPage, membershipMetadataIn } from '@/components/pages/membership-page';
import { anonymousViewer } from '@/domain/membership/entitlement';
import { attributedOffer, type ViaParams } from './attribution';
import { editionLocale } from '@/lib/i18n/edition';

export async function generateMetadata(): Promise<Metadata> {
  return membershipMetadataIn(await editionLocale());
}

export const generateStaticParams = () => Promise.resolve([]);

/** The offer reached from an appeal that names no story (the banner, the header, home). */
export default async function AttributedMembershipPage({ params }: { params: Promise<ViaParams> }) {
  return <MembershipPage viewer={anonymousViewer} {...await attributedOffer(await params)} />;
}
