import { describe, expect, it } from 'vitest';
import type { BodyDoc } from '@/domain/articles/body-doc';
import { bodyToMailText } from './body-text';

const ctx = { siteUrl: 'https://ridgeline.example', webUrl: 'https://ridgeline.example/newsletters/w/1' };
const doc = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Gyumri, a morning.' }] },
    { type: 'image', attrs: { src: '/images/g.jpg', alt: 'The market square', caption: '', credit: 'Ridgeline' } },
  ],
} as unknown as BodyDoc;

describe('a body as mail text', () => {
  it('names a picture in the mail’s language', () => {
    expect(bodyToMailText(doc, ctx)).toBe('Gyumri, a morning.\n\n[Picture: The market square (Ridgeline)]');
    expect(bodyToMailText(doc, { ...ctx, locale: 'ru' })).toBe(
      'Gyumri, a morning.\n\n[Фото: The market square (Ridgeline)]',
    );
  });
});
