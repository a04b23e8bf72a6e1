import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Blob, Face } from 'harfbuzzjs';
import subsetFont from 'subset-font';

// @types/subset-font 2.3 predates the keepFeatures and keepAllGlyphs options of subset-font 2.9.
type SubsetOptions = {
  targetFormat: 'woff2' | 'sfnt';
  variationAxes?: Record<string, number | { min: number; max: number }>;
  keepFeatures?: string[];
  keepAllGlyphs?: boolean;
};
const subset = subsetFont as unknown as (
  font: Buffer,
  text: string | undefined,
  options: SubsetOptions,
) => Promise<Buffer>;

/**
 * Writes the site's web fonts: app/fonts/*.woff2 and app/fonts/index.ts, the next/font/local
 * declarations that load them.
 *   npx tsx scripts/fonts.ts
 *
 * From the @fontsource-variable packages (the Google Fonts builds, split by script) it keeps:
 * - the weight axis of the upright faces, narrowed to the weights the stylesheet uses (400 to 700);
 *   the italic is pinned at 400 (quotes and emphasis in body copy; a bold italic is synthesised),
 *   which halves its file;
 * - no optical-size axis: it is pinned at each family's default (text sizes), which halves Source
 *   Serif's files. Headlines at opsz 36 would cost another 12 KB (a static 700 instance) to 13 KB
 *   (the axis kept from 20 to 36) on every page, more than half the upright file again;
 * - only the layout features a browser turns on by itself (kerning, ligatures, marks), since
 *   globals.css asks for no others and their alternate glyphs cost bytes; for Inter not even its
 *   contextual alternates (calt: arrows from "->", colons raised between digits), a fifth of the
 *   file for glyphs the labels never show;
 * - per face, one file per range of characters, each with its `unicode-range`, so that a browser
 *   downloads a file only when the page has one of its characters. `latin` serves English text
 *   and the region's names: ASCII, the punctuation the copy and the site's labels use, and the
 *   Latin-1 letters of Turkish and Azerbaijani names and of common loanwords (ç ö ü é ó, with ı).
 *   The Google build keeps ş ğ ə İ in its Latin Extended file, and hb-subset cannot merge two
 *   fonts, so those seven letters are a file of 2-3 KB of their own (`turkic`) rather than the
 *   whole of Latin Extended; the rest of Latin-1 and the rarer signs, the rest of Latin Extended,
 *   and Cyrillic (the Russian edition) each come in their own file.
 * Only the Latin files of the upright serif and of Inter are preloaded (index.ts); italic and the
 * other ranges load when the page uses them.
 */
/**
 * next/font's own fallback metrics (what `adjustFontFallback` computes), used here because its
 * fallback face names only `local("Times New Roman")` or `local("Arial")`, which Linux, ChromeOS
 * and Android lack: there the face fails, the text is set in an unadjusted Georgia or system font
 * and moves when the web font arrives (CLS 0.16 on /membership). Their metric-compatible clones
 * (Liberation, Tinos, Arimo) take the same overrides, so fallbacks.css lists them too.
 */
const require = createRequire(import.meta.url);
type FallbackMetrics = {
  fallbackFont: string;
  ascentOverride: string;
  descentOverride: string;
  lineGapOverride: string;
  sizeAdjust: string;
};
const createFontkitFont = (
  require('next/dist/compiled/@next/font/dist/fontkit') as { default: (buffer: Buffer) => unknown }
).default;
const { getFallbackMetricsFromFontFile } =
  require('next/dist/compiled/@next/font/dist/local/get-fallback-metrics-from-font-file') as {
    getFallbackMetricsFromFontFile: (font: unknown, category: 'serif' | 'sans-serif') => FallbackMetrics;
  };
const LOCAL_FALLBACKS = {
  'Times New Roman': ['Times New Roman', 'Liberation Serif', 'Tinos'],
  Arial: ['Arial', 'Liberation Sans', 'Arimo'],
};

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'app', 'fonts');
const fontsource = (pkg: string) => path.join(root, 'node_modules', '@fontsource-variable', pkg, 'files');

const WEIGHTS = { min: 400, max: 700 };
// What Chromium, Firefox and Safari apply without font-feature-settings.
const DEFAULT_FEATURES = ['kern', 'liga', 'clig', 'calt', 'ccmp', 'locl', 'mark', 'mkmk', 'rlig', 'rvrn'];

type Range = [number, number];
const cp = (...points: (number | Range)[]): Range[] => points.map((p) => (typeof p === 'number' ? [p, p] : p));

/**
 * ASCII, the punctuation of English copy and of the site's own labels (→ · × © « »), and the
 * Latin-1 letters of the region's Turkish and Azerbaijani names and of the copy's loanwords
 * (Gümrü, Göygöl, çay, café, Kraków), with dotless ı from Google's Latin file.
 */
const LATIN: Range[] = cp(
  [0x20, 0x7e],
  0xa0,
  0xa9,
  0xab,
  0xad,
  0xb0,
  0xb7,
  0xbb,
  0xc7,
  0xd6,
  0xd7,
  0xdc,
  0xe7,
  0xe9,
  0xf3,
  0xf6,
  0xfc,
  0x131,
  [0x2013, 0x2014],
  [0x2018, 0x2019],
  [0x201c, 0x201d],
  0x2022,
  0x2026,
  0x20ac,
  0x2190,
  0x2192,
  0x2212,
);
/** Ş ş Ğ ğ Ə ə İ: the other letters of those names, which the Google build keeps in Latin Extended. */
const TURKIC: Range[] = cp(0x11e, 0x11f, 0x130, 0x15e, 0x15f, 0x18f, 0x259);
/**
 * The rest of Latin-1 (á, ñ, ß ... and signs), the rarer punctuation (‚ „ † ‡ ‰ ′ ″ ‹ › ™ ↑ ↓),
 * and the few other characters in Google's Latin file.
 */
const LATIN_1: Range[] = cp(
  [0xa1, 0xff],
  [0x152, 0x153],
  [0x2bb, 0x2bc],
  0x2c6,
  0x2da,
  0x2dc,
  0x304,
  0x308,
  0x329,
  [0x2010, 0x2012],
  0x201a,
  0x201e,
  [0x2020, 0x2021],
  0x2030,
  [0x2032, 0x2033],
  [0x2039, 0x203a],
  0x2044,
  0x2122,
  0x2191,
  0x2193,
  0x2215,
);
/**
 * The rest of Latin Extended-A (č š ž ...), Ǧ ǧ, Ș ș Ț ț, the modifier letters of Georgian and
 * Armenian transliteration (ʹ ʺ ʾ ʿ), and the lari, manat and ruble signs.
 */
const LATIN_EXT: Range[] = cp(
  [0x100, 0x17f],
  [0x1e6, 0x1e7],
  [0x218, 0x21b],
  [0x2b9, 0x2ba],
  [0x2be, 0x2bf],
  0x20bc,
  0x20bd,
  0x20be,
);
/** Russian and the other Cyrillic alphabets of the region's languages, and №. */
const CYRILLIC: Range[] = cp(0x301, [0x400, 0x45f], [0x490, 0x491], [0x4b0, 0x4b1], 0x2116);

type RangeName = 'latin' | 'turkic' | 'latin-1' | 'latin-ext' | 'cyrillic';
/** In order: each range leaves out what an earlier one holds. */
const RANGES: { name: RangeName; source: string; points: Range[] }[] = [
  { name: 'latin', source: 'latin', points: LATIN },
  { name: 'turkic', source: 'latin-ext', points: TURKIC },
  { name: 'latin-1', source: 'latin', points: LATIN_1 },
  { name: 'latin-ext', source: 'latin-ext', points: LATIN_EXT },
  { name: 'cyrillic', source: 'cyrillic', points: CYRILLIC },
];

type FontFace = {
  name: string;
  /**
   * The CSS family of all the face's files: the name of the upright Latin call's variable, which
   * is the family that next/font puts in that call's CSS variable (webpack and Turbopack alike;
   * Turbopack ignores a `font-family` declaration there), so every file must be declared under it.
   */
  family: string;
  /** The CSS variable that the upright face's Latin call sets on <html>. */
  variable?: string;
  style: 'normal' | 'italic';
  pkg: string;
  source: (range: string) => string;
  axes: { opsz: number; wght: number | { min: number; max: number } };
  features: string[];
  fallback: 'Times New Roman' | 'Arial';
  preloadLatin: boolean;
};

const FACES: FontFace[] = [
  {
    name: 'source-serif-4-normal',
    family: 'sourceSerif',
    variable: '--font-serif',
    style: 'normal',
    pkg: 'source-serif-4',
    source: (range) => `source-serif-4-${range}-opsz-normal.woff2`,
    axes: { opsz: 20, wght: WEIGHTS },
    features: DEFAULT_FEATURES,
    fallback: 'Times New Roman',
    preloadLatin: true,
  },
  {
    name: 'source-serif-4-italic',
    family: 'sourceSerif',
    style: 'italic',
    pkg: 'source-serif-4',
    source: (range) => `source-serif-4-${range}-opsz-italic.woff2`,
    axes: { opsz: 20, wght: 400 },
    features: DEFAULT_FEATURES,
    fallback: 'Times New Roman',
    preloadLatin: false,
  },
  {
    name: 'inter-normal',
    family: 'inter',
    variable: '--font-sans',
    style: 'normal',
    pkg: 'inter',
    source: (range) => `inter-${range}-opsz-normal.woff2`,
    axes: { opsz: 14, wght: WEIGHTS },
    features: DEFAULT_FEATURES.filter((feature) => feature !== 'calt'),
    fallback: 'Arial',
    preloadLatin: true,
  },
];

const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');

/** Code points → the shortest `unicode-range` list. */
function unicodeRange(points: number[]): string {
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
    i = j + 1;
  }
  return parts.join(',');
}

async function coverage(woff2: Buffer): Promise<Set<number>> {
  // HarfBuzz reads sfnt only; subset-font's own converter unpacks the WOFF2 first.
  const sfnt = await subset(woff2, undefined, { keepAllGlyphs: true, targetFormat: 'sfnt' });
  const face = new Face(new Blob(sfnt));
  return new Set(face.collectUnicodes());
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const declarations: string[] = [];
  const missingNotes: string[] = [];
  const fallbacks: string[] = [];
  let total = 0;
  for (const face of FACES) {
    for (const range of RANGES) {
      const sourceFile = path.join(fontsource(face.pkg), face.source(range.source));
      const source = fs.readFileSync(sourceFile);
      const has = await coverage(source);
      const wanted = range.points.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i));
      const earlier = RANGES.slice(0, RANGES.indexOf(range)).flatMap((r) => r.points);
      const own = wanted.filter((p) => !earlier.some(([a, b]) => p >= a && p <= b));
      const present = own.filter((p) => has.has(p));
      const missing = own.filter((p) => !has.has(p) && p > 0x20);
      if (missing.length)
        missingNotes.push(
          `${face.name} ${range.name}: not in the font, left to the system: ${missing.map((p) => `${String.fromCodePoint(p)} U+${hex(p)}`).join(', ')}`,
        );
      const out = await subset(source, String.fromCodePoint(...present), {
        targetFormat: 'woff2',
        variationAxes: face.axes,
        keepFeatures: face.features,
      });
      const file = `${face.name}-${range.name}.woff2`;
      fs.writeFileSync(path.join(outDir, file), out);
      total += out.length;
      console.log(`${file.padEnd(40)} ${(out.length / 1024).toFixed(1).padStart(6)} KB  ${present.length} characters`);
      const latin = range.name === 'latin';
      if (latin && face.variable) {
        // One fallback face per family, with metrics from its upright Latin file.
        const m = getFallbackMetricsFromFontFile(
          createFontkitFont(out),
          face.fallback === 'Arial' ? 'sans-serif' : 'serif',
        );
        const sources = LOCAL_FALLBACKS[face.fallback].map((name) => `local('${name}')`).join(', ');
        fallbacks.push(
          `@font-face {\n  font-family: '${face.family} Fallback';\n  src: ${sources};\n  ascent-override: ${m.ascentOverride};\n  descent-override: ${m.descentOverride};\n  line-gap-override: ${m.lineGapOverride};\n  size-adjust: ${m.sizeAdjust};\n}`,
        );
      }
      const options = [
        `src: './${file}'`,
        `weight: '${typeof face.axes.wght === 'number' ? face.axes.wght : `${face.axes.wght.min} ${face.axes.wght.max}`}'`,
        `style: '${face.style}'`,
        `display: 'swap'`,
        `preload: ${latin && face.preloadLatin}`,
        // The fallback face is fallbacks.css's, with more local fonts than next/font names.
        `adjustFontFallback: false`,
        ...(latin && face.variable ? [`variable: '${face.variable}'`, `fallback: ['${face.family} Fallback']`] : []),
        `declarations: [{ prop: 'font-family', value: "'${face.family}'" }, { prop: 'unicode-range', value: '${unicodeRange(present)}' }]`,
      ];
      const name = `${face.family}${face.style === 'italic' ? 'Italic' : ''}${range.name === 'latin' ? '' : range.name.replace(/(^|-)(\w)/g, (_, _dash: string, c: string) => c.toUpperCase())}`;
      declarations.push(`export const ${name} = localFont({\n${options.map((o) => `  ${o},`).join('\n')}\n});`);
    }
  }
  const generated = `// Generated by scripts/fonts.ts: run \`npx tsx scripts/fonts.ts\` after changing it, not this file.
// next/font needs literal options, hence one call per file. The calls of a family all declare the
// family's name, so the browser picks a file by style and unicode-range; \`sourceSerif\` and \`inter\`
// set the family's CSS variable, which names the metric-matched fallback of fallbacks.css next
// (size-adjust and ascent/descent overrides of a local font): the text does not move when the web
// font arrives.
import localFont from 'next/font/local';
import './fallbacks.css';

${declarations.join('\n\n')}
`;
  fs.writeFileSync(path.join(outDir, 'index.ts'), generated);
  fs.writeFileSync(
    path.join(outDir, 'fallbacks.css'),
    `/* Generated by scripts/fonts.ts, which says why. Local fonts sized to the web fonts' metrics, so that\n   text set in them before the web fonts arrive takes the same room. */\n${fallbacks.join('\n\n')}\n`,
  );
  for (const note of missingNotes) console.log(note);
  console.log(`${(total / 1024).toFixed(1)} KB in all`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
