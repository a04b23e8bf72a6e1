import {
  ArticlePage,
  articleMetadata,
  articleStaticParams,
  type ArticleRouteProps,
} from '@/components/pages/article-page';
import { anonymousViewer } from '@/domain/auth/viewer';

export const generateStaticParams = articleStaticParams;
export const generateMetadata = articleMetadata;

/** The anonymous, prerendered variant: what anyone may read. Signed-in readers get /signed-in/… */
export default function AnonymousArticlePage(props: ArticleRouteProps) {
  return <ArticlePage {...props} viewer={anonymousViewer} />;
}
