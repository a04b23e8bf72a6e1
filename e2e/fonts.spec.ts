import type { Page } from '@playwright/test';
import { demo, expect, test } from './fixtures/site';

/**
 * The web fonts (app/fonts, written by scripts/fonts.ts) must not move the page when they arrive
 * late, and a Latin page must download only light Latin files. Fonts are held back here, as on a
 * slow phone connection, so that the text is first laid out in the fallback fonts.
 */
const FONT_DELAY_MS = 1200;
// Upright serif, italic serif and Inter, Latin files only: about 47 KB today (60 KB with a variable
// italic and Inter's contextual alternates, 300 KB before subsetting).
const LATIN_FONT_BUDGET = 52 * 1024;

type Loaded = { cls: number; fontBytes: number; fontUrls: string[] };

async function loadWithSlowFonts(page: Page, url: string): Promise<Loaded> {
  const fonts = new Map<string, number>();
  await page.route(/\.woff2(\?|$)/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, FONT_DELAY_MS));
    const response = await route.fetch();
    fonts.set(route.request().url(), (await response.body()).length);
    await route.fulfill({ response });
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __layoutShift: number };
    w.__layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) w.__layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url);
  await page.evaluate(() => document.fonts.ready);
  // Two frames after the last swap, so that its shift has been reported.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const cls = await page.evaluate(() => (window as unknown as { __layoutShift: number }).__layoutShift);
  return { cls, fontBytes: [...fonts.values()].reduce((a, b) => a + b, 0), fontUrls: [...fonts.keys()] };
}

test.use({ viewport: { width: 390, height: 844 } });

for (const [name, url] of [
  ['membership', '/membership'],
  ['article', `/articles/${demo.publicSlug}`],
  ['home', '/'],
] as const) {
  test(`the ${name} page does not shift when its web fonts arrive late`, async ({ page }) => {
    const { cls } = await loadWithSlowFonts(page, url);
    expect(cls).toBeLessThanOrEqual(0.02);
    // And the text is in the web fonts now, not left in a fallback.
    // (Families as app/fonts/index.ts names them.)
    const families = await page.evaluate(() =>
      [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family.replace(/"/g, '')} ${f.style}`),
    );
    expect(families).toEqual(expect.arrayContaining(['sourceSerif normal', 'inter normal']));
  });
}

test('an English article downloads only the Latin font files, under the budget', async ({ page }) => {
  const { fontBytes, fontUrls } = await loadWithSlowFonts(page, `/articles/${demo.publicSlug}`);
  expect(fontUrls.length).toBeGreaterThanOrEqual(2);
  expect(fontBytes).toBeLessThan(LATIN_FONT_BUDGET);
});

test('only the upright serif and Inter are preloaded, never the italic', async ({ page }) => {
  await page.goto(`/articles/${demo.publicSlug}`);
  const { preloaded, italic } = await page.evaluate(() => {
    const absolute = (src: string) => /url\("?([^")]+)"?\)/.exec(src)?.[1];
    const faces = [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule);
    return {
      preloaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel=preload][as=font]')].map(
        (link) => new URL(link.href).pathname,
      ),
      italic: faces
        .filter((face) => face.style.getPropertyValue('font-style') === 'italic')
        .map((face) => absolute(face.style.getPropertyValue('src'))),
    };
  });
  expect(preloaded).toHaveLength(2);
  expect(italic.length).toBeGreaterThan(0);
  for (const file of italic) expect(preloaded).not.toContain(file);
});
