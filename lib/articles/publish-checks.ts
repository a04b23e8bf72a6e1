import type { BodyDoc, BodyNode } from '@/lib/render/body-doc';
import type { ArticleSnapshot } from './snapshot';

export type PublishProblem = { field: keyof ArticleSnapshot; message: string };

function bodyImagesWithoutAlt(doc: BodyDoc): number {
  let missing = 0;
  const walk = (node: BodyNode) => {
    if (node.type === 'image' && !node.attrs.alt?.trim()) missing++;
    if ('content' in node && Array.isArray(node.content)) node.content.forEach(walk);
  };
  doc.content.forEach(walk);
  return missing;
}

/**
 * What must be true before readers see a story: a headline, an address, a section, a byline,
 * and alt text on every image (readers with screen readers are readers too).
 */
export function publishProblems(s: ArticleSnapshot): PublishProblem[] {
  const problems: PublishProblem[] = [];
  if (!s.headline.trim()) problems.push({ field: 'headline', message: 'Write a headline before publishing.' });
  if (!s.slug.trim()) problems.push({ field: 'slug', message: 'Give the story an address before publishing.' });
  if (s.sectionId === null) problems.push({ field: 'sectionId', message: 'Choose a section before publishing.' });
  if (s.authorIds.length === 0) problems.push({ field: 'authorIds', message: 'Add at least one author before publishing.' });
  if (s.leadImageUrl && !s.leadImageAlt.trim()) problems.push({ field: 'leadImageAlt', message: 'Describe the lead image (alt text) before publishing.' });
  const missing = bodyImagesWithoutAlt(s.body);
  if (missing > 0) {
    problems.push({ field: 'body', message: `${missing === 1 ? 'An image in the text has' : `${missing} images in the text have`} no alt text. Describe ${missing === 1 ? 'it' : 'them'} before publishing.` });
  }
  return problems;
}
