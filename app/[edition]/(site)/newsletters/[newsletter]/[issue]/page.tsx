import { issueStaticParams, type IssueRouteProps } from '@/components/newsletters/archive-page';
import { issueMetadata, NewsletterIssuePage } from '@/components/newsletters/issue-page';
import { anonymousViewer } from '@/domain/auth/viewer';
import { editionLocale } from '@/lib/i18n/edition';

export const generateStaticParams = issueStaticParams;
export const generateMetadata = issueMetadata;

/** Prerendered as an anonymous reader may read it: a members' issue is its preview and the paywall. */
export default async function AnonymousNewsletterIssuePage(props: IssueRouteProps) {
  return <NewsletterIssuePage {...props} viewer={anonymousViewer} locale={await editionLocale()} />;
}
