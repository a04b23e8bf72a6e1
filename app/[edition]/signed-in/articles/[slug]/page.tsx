import { ArticlePage, articleMetadata, type ArticleRouteProps } from '@/components/pages/article-page';
import { getViewer } from '@/lib/auth/viewer';

export const generateMetadata = articleMetadata;

export default async function PersonalArticlePage(props: ArticleRouteProps) {
  return <ArticlePage {...props} viewer={await getViewer()} />;
}
