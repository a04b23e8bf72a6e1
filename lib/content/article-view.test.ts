import { describe, expect, it } from 'vitest';
import { anonymousViewer } from '@/domain/membership/entitlement';
import { bodyToText } from '@/domain/articles/body-doc';
import { markdownToDoc } from '@/lib/render/markdown';
import { articleBodyFor } from './article-view';

const body = markdownToDoc(['One.', 'Two.', '## Heading', 'Three.', 'Four, the secret part.', 'Five.'].join('\n\n'));

describe('articleBodyFor', () => {
  it('gives an anonymous reader only the first two paragraphs of a members-only story', () => {
    const view = articleBodyFor({ access: 'members', body }, anonymousViewer);
    expect(view.kind).toBe('preview');
    const everything = JSON.stringify(view);
    expect(everything).toContain('Two.');
    expect(everything).not.toContain('Three.');
    expect(everything).not.toContain('secret');
  });

  it('gives everyone the whole of a public story, split after the third paragraph for the appeal', () => {
    const view = articleBodyFor({ access: 'public', body }, anonymousViewer);
    if (view.kind !== 'full') throw new Error('expected the full text');
    expect(bodyToText(view.beforeAppeal)).toBe('One.\n\nTwo.\n\nHeading\n\nThree.');
    expect(bodyToText(view.afterAppeal)).toBe('Four, the secret part.\n\nFive.');
  });
});
