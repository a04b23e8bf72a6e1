import type { BodyDoc, BodyNode } from '@/domain/articles/body-doc';

/**
 * Members-only bodies of every awkward shape, each hiding the canary word where a non-member
 * must never see it. The preview's unit test and the browser test of every output share them.
 */
export const CANARY = 'Zanzegurcanary';

const words = (n: number, prefix = 'word') => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(' ');
const text = (t: string): BodyNode => ({ type: 'text', text: t });
const para = (t: string): BodyNode => ({ type: 'paragraph', content: [text(t)] });
const doc = (...content: BodyNode[]): BodyDoc => ({ type: 'doc', content });
const item = (t: string): BodyNode => ({ type: 'listItem', content: [para(t)] });

export const paywallShapes: Record<string, BodyDoc> = {
  'one paragraph': doc(para(`${words(200)} ${CANARY} ${words(40, 'tail')}`)),
  'one short paragraph': doc(para(`Only a few words then ${CANARY}.`)),
  'a paragraph then a list': doc(para(words(20)), {
    type: 'bulletList',
    content: [item(words(30)), item(`${CANARY} ${words(30)}`)],
  }),
  'a list only': doc({
    type: 'orderedList',
    content: [item(words(60)), item(words(60)), item(`${CANARY} ${words(20)}`)],
  }),
  'a quote only': doc({ type: 'blockquote', content: [para(words(50)), para(`${CANARY} ${words(50)}`)] }),
  'a pull quote only': doc({ type: 'pullQuote', content: [para(`${words(8)} ${CANARY}`)] }),
  'images only': doc(
    {
      type: 'image',
      attrs: {
        src: '/images/articles/armenia-france-defence-talks.jpg',
        alt: `${CANARY} alt`,
        caption: `${CANARY} caption`,
        credit: 'Photo: A',
      },
    },
    { type: 'image', attrs: { src: '/images/articles/armenia-france-defence-talks.jpg', alt: 'b', caption: CANARY } },
  ),
  'headings and figures before the second paragraph': doc(
    para(words(30)),
    { type: 'heading', attrs: { level: 2 }, content: [text('A heading inside the preview')] },
    { type: 'image', attrs: { src: '/images/articles/armenia-france-defence-talks.jpg', alt: CANARY } },
    { type: 'bulletList', content: [item(CANARY)] },
    para(words(200)),
  ),
  'many paragraphs': doc(...Array.from({ length: 12 }, (_, i) => para(i === 2 ? `${CANARY} ${words(60)}` : words(60)))),
};

export const paragraphsOf = (n: number, wordsEach: number) =>
  doc(...Array.from({ length: n }, () => para(words(wordsEach))));
export { doc, para, words };
