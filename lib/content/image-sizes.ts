import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { BodyDoc, BodyNode } from '@/domain/articles/body-doc';

/** Fills in width and height of body images served from public/, read from the files. */
export async function withImageSizes(doc: BodyDoc, publicDir = path.join(process.cwd(), 'public')): Promise<BodyDoc> {
  const content = await Promise.all(
    doc.content.map(async (node): Promise<BodyNode> => {
      if (node.type !== 'image' || !node.attrs.src.startsWith('/')) return node;
      // Read at run time from public/: nothing for the build to trace.
      const file = path.join(/*turbopackIgnore: true*/ publicDir, node.attrs.src);
      if (!file.startsWith(publicDir) || !fs.existsSync(/*turbopackIgnore: true*/ file)) return node;
      const { width, height } = await sharp(file).metadata();
      return width && height ? { ...node, attrs: { ...node.attrs, width, height } } : node;
    }),
  );
  return { ...doc, content };
}

/**
 * The file in public/images/ that a stored image URL names, or null for anything else: uploads,
 * other hosts, "..", encoded dots, or any path that would resolve outside that folder.
 */
export function bundledImageFile(url: string | null | undefined, publicDir = path.join(process.cwd(), 'public')): string | null {
  if (!url || !/^\/images\/[\w./-]+$/.test(url) || /(^|\/)\.\.?(\/|$)/.test(url)) return null;
  const root = path.join(publicDir, 'images') + path.sep;
  const file = path.resolve(publicDir, `.${url}`);
  return file.startsWith(root) ? file : null;
}
