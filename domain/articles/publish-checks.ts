import type { BodyDoc, BodyNode } from '@/domain/articles/body-doc';
import type { ArticleSnapshot } from './snapshot';

/** `need` is what the story lacks, as a phrase for "it needs …". */
export type PublishProblem = { field: keyof ArticleSnapshot; message: string; need?: string };

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
 * and alt text on every image (readers with screen readers are readers too). An email-only
 * issue is never on the site, so it needs no section or byline, but it needs its newsletter;
 * its headline is the email's subject and its address the one in the newsletter's archive.
 */
export function publishProblems(s: ArticleSnapshot): PublishProblem[] {
  const problems: PublishProblem[] = [];
  if (!s.headline.trim())
    problems.push({ field: 'headline', message: 'Write a headline before publishing.', need: 'a headline' });
  if (!s.slug.trim())
    problems.push({ field: 'slug', message: 'Give the story an address before publishing.', need: 'an address' });
  if (s.emailOnly && s.newsletterId === null)
    problems.push({
      field: 'newsletterId',
      message: 'Choose the newsletter this issue is sent to.',
      need: 'a newsletter to send it to',
    });
  if (s.sectionId === null && !s.emailOnly)
    problems.push({ field: 'sectionId', message: 'Choose a section before publishing.', need: 'a section' });
  if (s.authorIds.length === 0 && !s.emailOnly)
    problems.push({ field: 'authorIds', message: 'Add at least one author before publishing.', need: 'a byline' });
  if (s.leadImageUrl && !s.leadImageAlt.trim())
    problems.push({
      field: 'leadImageAlt',
      message: 'Describe the lead image (alt text) before publishing.',
      need: 'alt text for the lead image',
    });
  const missing = bodyImagesWithoutAlt(s.body);
  if (missing > 0) {
    problems.push({
      field: 'body',
      message: `${missing === 1 ? 'An image in the text has' : `${missing} images in the text have`} no alt text. Describe ${missing === 1 ? 'it' : 'them'} before publishing.`,
      need: `alt text for ${missing === 1 ? 'an image' : `${missing} images`} in the text`,
    });
  }
  return problems;
}

/**
 * Why a story cannot go public, in one plain sentence for the editor's notice: "it needs a
 * section and a byline." Problems that are not a missing piece (a taken address) follow as
 * their own sentences.
 */
export function whyNotPublic(problems: PublishProblem[]): string {
  const needs = problems.flatMap((p) => (p.need ? [p.need] : []));
  const others = problems.filter((p) => !p.need).map((p) => p.message);
  const list = needs.length > 1 ? `${needs.slice(0, -1).join(', ')} and ${needs.at(-1)}` : needs[0];
  return [list ? `it needs ${list}.` : null, ...others].filter(Boolean).join(' ');
}
