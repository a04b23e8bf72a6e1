import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledImageFile } from './image-sizes';

describe('bundledImageFile', () => {
  const pub = '/srv/app/public';
  it('finds images bundled in public/images', () => {
    expect(bundledImageFile('/images/articles/a.jpg', pub)).toBe(path.join(pub, 'images/articles/a.jpg'));
  });

  it('refuses anything that could leave public/images', () => {
    for (const url of ['/images/../../etc/passwd', '/images/..', '/images/./../x', '/images/%2e%2e/x', '/media/1/320.jpg', '//evil/x', 'https://x/images/a.jpg', '/images/a.jpg\0', '', null, undefined]) {
      expect(bundledImageFile(url, pub), String(url)).toBeNull();
    }
  });
});
