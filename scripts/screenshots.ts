import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium';

/**
 * Screenshots of pages at a phone and a laptop width, for looking at what we built:
 *   npx tsx scripts/screenshots.ts http://localhost:3000 / /articles/some-slug
 * Writes screenshots/<name>-390.png and -1280.png.
 */
async function main() {
  const [base = 'http://localhost:3000', ...paths] = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  const full = process.env.FULL_PAGE !== '0';
  for (const scheme of (process.env.COLOR_SCHEME ?? 'light').split(',') as ('light' | 'dark')[]) {
    for (const width of [390, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: width < 500 ? 844 : 900 }, colorScheme: scheme });
      for (const p of paths.length ? paths : ['/']) {
        await page.goto(base + p, { waitUntil: 'load' });
        // Scroll through once so that lazy images load before a full-page capture.
        await page.evaluate(async () => {
          for (let y = 0; y < document.body.scrollHeight; y += 600) {
            window.scrollTo(0, y);
            await new Promise((r) => setTimeout(r, 60));
          }
          window.scrollTo(0, 0);
        });
        await page.waitForLoadState('networkidle').catch(() => undefined);
        const name = p.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
        const file = `screenshots/${name}-${width}${scheme === 'dark' ? '-dark' : ''}.png`;
        await page.screenshot({ path: file, fullPage: full });
        console.log(file);
      }
      await page.close();
    }
  }
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
