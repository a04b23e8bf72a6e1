import fs from 'node:fs';
import path from 'node:path';
import { demo, expect, test } from './fixtures/site';

const axeSource = fs.readFileSync(path.join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

// axe is injected as a script, which the reader pages' policy (script-src 'none') rightly refuses.
test.use({ bypassCSP: true });

type AxeResult = { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };

for (const [name, url] of [
  ['home', '/'],
  ['article', `/articles/${demo.publicSlug}`],
  ['members-only article', `/articles/${demo.membersSlug}`],
  ['section', '/sections/analysis'],
  ['search', '/search?q=pipelines'],
  ['404', '/articles/nothing-here'],
  // The Russian edition, held to the same standard.
  ['Russian home', '/ru'],
  ['Russian article', '/ru/articles/gyumri-posle-zemletryaseniya'],
  ['Russian members-only article', '/ru/articles/reka-bez-dna-dobycha-graviya-v-dagestane'],
  ['Russian search', '/ru/search?q=%D0%B2%D1%8B%D0%B1%D0%BE%D1%80%D1%8B'],
  ['Russian membership', '/ru/membership'],
  ['Russian give once', '/ru/give'],
  ['Russian gift membership', '/ru/give/membership'],
  ['Russian newsletters', '/ru/newsletters'],
] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${name} (${scheme}) has no serious or critical accessibility violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResult> } }).axe;
        return axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        });
      });
      const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual(
        [],
      );
    });
  }
}

test('a keyboard user can skip to the content', async ({ page }) => {
  await page.goto(`/articles/${demo.publicSlug}`);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('the page fits a 320 px screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const url of [
    '/',
    `/articles/${demo.publicSlug}`,
    '/sections/news',
    '/search?q=gas',
    '/ru',
    '/ru/articles/gyumri-posle-zemletryaseniya',
  ]) {
    await page.goto(url);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
});
