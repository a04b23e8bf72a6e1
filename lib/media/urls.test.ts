import { describe, expect, it } from 'vitest';
import { mediaSources, mediaSrc, parseMediaSrc, variantWidths } from './urls';

const id = 'AbCdEfGhIjKlMnOp';

describe('media URLs', () => {
  it('never offers a variant wider than the original, and tops out at 2000 px', () => {
    expect(variantWidths(3000)).toEqual([320, 640, 960, 1280, 1600, 2000]);
    expect(variantWidths(1000)).toEqual([320, 640, 1000]);
    expect(variantWidths(1280)).toEqual([320, 640, 960, 1280]);
    expect(variantWidths(200)).toEqual([200]);
  });

  it('reads the id and original size back from a stored src', () => {
    const src = mediaSrc({ id, width: 1200, height: 800 });
    expect(src).toBe(`/media/${id}/1200x800.jpg`);
    expect(parseMediaSrc(src)).toEqual({ id, width: 1200, height: 800 });
  });

  it('builds AVIF, WebP and JPEG srcsets from the src alone', () => {
    const sources = mediaSources(`/media/${id}/1200x800.jpg`);
    expect(sources?.srcSet.avif).toBe(
      `/media/${id}/320.avif 320w, /media/${id}/640.avif 640w, /media/${id}/960.avif 960w, /media/${id}/1200.avif 1200w`,
    );
    expect(sources?.srcSet.webp).toContain(`/media/${id}/1200.webp 1200w`);
    expect(sources?.srcSet.fallback).toContain(`/media/${id}/320.jpg 320w`);
    expect(sources?.src).toBe(`/media/${id}/1200.jpg`);
  });

  it('leaves out variants wider than the widest the image is shown at', () => {
    const sources = mediaSources(`/media/${id}/3000x2000.jpg`, 320);
    expect(sources?.srcSet.fallback).toBe(`/media/${id}/320.jpg 320w`);
    expect(mediaSources(`/media/${id}/3000x2000.jpg`, 700)?.src).toBe(`/media/${id}/960.jpg`);
  });

  it('answers null for anything that is not a stored upload URL', () => {
    for (const src of [
      '/images/lake.jpg',
      `/media/${id}/320.jpg`,
      `/media/../../etc/1x1.jpg`,
      `https://evil.example/media/${id}/10x10.jpg`,
      `/media/${id}/0x10.jpg`,
      `/media/${id}/10x10.jpg?x=1`,
      `/media/short/10x10.jpg`,
    ]) {
      expect(mediaSources(src), src).toBeNull();
    }
  });
});
