import type { Metadata } from 'next';
import { MembershipPage, membershipMetadataIn } from '@/components/pages/membership-page';
import { anonymousViewer } from '@/domain/membership/entitlement';
import { editionLocale } from '@/lib/i18n/edition';

export async function generateMetadata(): Promise<Metadata> {
  return membershipMetadataIn(await editionLocale());
}

/**
 * The offer every appeal leads to, prerendered for anonymous readers like an article (the member
 * count and the goal bar come from the `members` tag). An appeal's link, with ?placement= and
 * ?from=, is rewritten to the variant under via/ (next.config.ts), also prerendered on demand.
 */
export default function AnonymousMembershipPage() {
  return <MembershipPage viewer={anonymousViewer} from="" placement="" />;
}
