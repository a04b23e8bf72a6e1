import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

/**
 * Draws the site's icons into app/, where Next's file conventions serve and link them:
 *   app/icon.svg        the mark, for browsers that take an SVG icon (all current ones)
 *   app/favicon.ico     16, 32 and 48 px, for /favicon.ico, which every browser and feed reader asks for
 *   app/apple-icon.png  180 px, for the home screen of iPhones and iPads
 *   npx tsx scripts/icons.ts
 *
 * The mark is a ridge line under a low sun, in the site's colours (app/globals.css): paper on
 * ink, the sun in the accent that reads on dark. Drawn as paths, not the serif wordmark, so it
 * needs no font and stays legible at 16 px.
 *
 * The ICO is written here: it is a six-byte header, a 16-byte entry per size and the PNGs
 * themselves (PNG inside ICO works everywhere since Windows Vista), which is less code than a
 * dependency would be.
 */
const INK = '#1b1b1a';
const PAPER = '#fbfaf7';
const SUN = '#f0937a';

/** The mark on a 32-unit grid; `rounded` for the tab icon, square for Apple (iOS rounds it). */
function markSvg({ rounded, inset = 0 }: { rounded: boolean; inset?: number }): string {
  const scale = (32 - 2 * inset) / 32;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">',
    `<rect width="32" height="32"${rounded ? ' rx="6"' : ''} fill="${INK}"/>`,
    `<g transform="translate(${inset} ${inset}) scale(${scale})">`,
    `<circle cx="10" cy="10" r="3" fill="${SUN}"/>`,
    `<path d="M3 24 10.5 15.5 14.5 19.5 20.5 10.5 29 24" fill="none" stroke="${PAPER}" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>`,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}

async function png(svg: string, size: number): Promise<Buffer> {
  // Rasterised well above the target size, then scaled down, for clean anti-aliased edges.
  return sharp(Buffer.from(svg), { density: Math.max(72, (72 * size * 4) / 32) })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** An ICO container of PNG images, largest last (the order Windows' own icons use). */
export function ico(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width, 0 meaning 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}

async function main() {
  const app = path.join(import.meta.dirname, '..', 'app');
  const tab = markSvg({ rounded: true });
  fs.writeFileSync(path.join(app, 'icon.svg'), tab);
  const sizes = [16, 32, 48];
  fs.writeFileSync(
    path.join(app, 'favicon.ico'),
    ico(await Promise.all(sizes.map(async (size) => ({ size, png: await png(tab, size) })))),
  );
  // Opaque: iOS draws a transparent pixel black.
  fs.writeFileSync(
    path.join(app, 'apple-icon.png'),
    await sharp(await png(markSvg({ rounded: false, inset: 4 }), 180))
      .removeAlpha()
      .png({ compressionLevel: 9 })
      .toBuffer(),
  );
  console.log('app/icon.svg, app/favicon.ico (16, 32, 48 px), app/apple-icon.png (180 px)');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
