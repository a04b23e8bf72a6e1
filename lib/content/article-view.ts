import type { PublishedArticle } from '@/lib/content/reads';
import { canReadFullText, type Viewer } from '@/domain/membership/entitlement';
import { previewOf, splitAfterParagraphs, type BodyDoc } from '@/domain/articles/body-doc';

/** Where the in-article appeal goes: after this many paragraphs. */
export const APPEAL_AFTER_PARAGRAPHS = 3;

export type ArticleBodyView =
  | { kind: 'full'; beforeAppeal: BodyDoc; afterAppeal: BodyDoc }
  | { kind: 'preview'; preview: BodyDoc };

/**
 * The paywall cut, made on the server before anything renders: a viewer who may not read the
 * whole story gets a document that holds only the preview. The remainder never leaves here.
 */
export function articleBodyFor(article: Pick<PublishedArticle, 'access' | 'body'>, viewer: Viewer): ArticleBodyView {
  if (!canReadFullText(article, viewer)) {
    return { kind: 'preview', preview: previewOf(article.body) };
  }
  const [beforeAppeal, afterAppeal] = splitAfterParagraphs(article.body, APPEAL_AFTER_PARAGRAPHS);
  return { kind: 'full', beforeAppeal, afterAppeal };
}
