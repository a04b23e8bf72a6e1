import type { IssueRouteProps } from '@/components/newsletters/archive-page';
import { issueMetadata, NewsletterIssuePage } from '@/components/newsletters/issue-page';
import { getViewer } from '@/lib/auth/viewer';
import { editionLocale } from '@/lib/i18n/edition';

export const generateMetadata = issueMetadata;

export default async function PersonalNewsletterIssuePage(props: IssueRouteProps) {
  return <NewsletterIssuePage {...props} viewer={await getViewer()} locale={await editionLocale()} />;
}
