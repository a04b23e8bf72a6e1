import { describe, expect, it } from 'vitest';
import { CANARY, doc, para, paywallShapes as shapes, words } from '@/test/paywall-shapes';
import { bodyToText, countWords, previewOf, PREVIEW_LIMITS } from '@/domain/articles/body-doc';
import { renderBodyHtml } from './body-html';

describe('the members-only preview', () => {
  for (const [shape, body] of Object.entries(shapes)) {
    it(`never carries the members' part of a body that is ${shape}`, () => {
      const preview = previewOf(body);
      expect(JSON.stringify(preview)).not.toContain(CANARY);
      expect(renderBodyHtml(preview)).not.toContain(CANARY);
      const total = countWords(body);
      expect(countWords(preview)).toBeLessThanOrEqual(Math.floor(total * PREVIEW_LIMITS.share));
      expect(countWords(preview)).toBeLessThanOrEqual(PREVIEW_LIMITS.words);
      expect(preview.content.length).toBeLessThanOrEqual(PREVIEW_LIMITS.blocks);
      expect(JSON.stringify(preview)).not.toBe(JSON.stringify(body));
    });
  }

  it('keeps the opening of an ordinary story, up to two paragraphs', () => {
    const body = doc(
      para('The first paragraph sets the scene in Gyumri.'),
      para('The second one goes on.'),
      ...Array.from({ length: 10 }, () => para(words(40))),
    );
    expect(bodyToText(previewOf(body))).toBe(
      'The first paragraph sets the scene in Gyumri.\n\nThe second one goes on.',
    );
  });

  it('ends a cut paragraph with an ellipsis, at a word boundary', () => {
    const preview = previewOf(doc(para(words(1000))));
    const shown = bodyToText(preview);
    expect(shown.endsWith('word119…')).toBe(true);
    expect(countWords(preview)).toBe(120);
  });

  it('shows nothing of a body without words', () => {
    expect(previewOf(shapes['images only']!).content).toEqual([]);
    expect(previewOf(doc()).content).toEqual([]);
  });
});
