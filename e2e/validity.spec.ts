import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { signedInContext } from './fixtures/accounts';
import { demo } from './fixtures/site';

type Message = { type: string; url?: string; lastLine?: number; message: string; extract?: string };

test('the pages a reader sees are valid HTML (the Nu validator finds no error)', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const pages: Record<string, string> = {
    home: '/',
    article: `/articles/${demo.publicSlug}`,
    'members-only-article': `/articles/${demo.membersSlug}`,
    section: '/sections/news',
    search: '/search?q=Gyumri',
    membership: '/membership',
    signin: '/signin',
    'ru-home': '/ru',
    'ru-article': '/ru/articles/gyumri-posle-zemletryaseniya',
    'ru-members-only-article': '/ru/articles/reka-bez-dna-dobycha-graviya-v-dagestane',
    'ru-tag': '/ru/tags/economy',
    'ru-signin': '/ru/signin',
    'ru-membership': '/ru/membership',
    'ru-give': '/ru/give',
    'ru-give-membership': '/ru/give/membership',
    'ru-newsletters': '/ru/newsletters',
    'ru-newsletter-archive': '/ru/newsletters/nedelya-na-kavkaze',
  };
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-validity-'));
  try {
    const write = (name: string, html: string) => fs.writeFileSync(path.join(folder, `${name}.html`), html);
    for (const [name, pagePath] of Object.entries(pages)) {
      const response = await request.get(pagePath);
      expect(response.status(), pagePath).toBe(200);
      write(name, await response.text());
    }
    const { context, page } = await signedInContext(browser);
    const account = await page.request.get('/account');
    expect(account.status()).toBe(200);
    const accountHtml = await account.text();
    expect(accountHtml).toContain('Signed in as');
    write('account', accountHtml);
    // The signed-in variant of an article: the reader's menu and the save button.
    write('article-signed-in', await (await page.request.get(`/articles/${demo.publicSlug}`)).text());
    const ruAccount = await page.request.get('/ru/account');
    expect(ruAccount.status()).toBe(200);
    write('ru-account', await ruAccount.text());
    write('ru-membership-ask', await (await page.request.get('/ru/membership/ask')).text());
    await context.close();

    // One JVM for every page: starting it is most of the time.
    const jar = path.join(process.cwd(), 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
    const files = fs.readdirSync(folder).map((file) => path.join(folder, file));
    const { stdout, stderr } = await promisify(execFile)(
      'java',
      ['-jar', jar, '--format', 'json', '--errors-only', '--exit-zero-always', ...files],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    const report = JSON.parse(stderr || stdout) as { messages: Message[] };
    const errors = report.messages.map(
      (m) =>
        `${path.basename(m.url ?? '')}:${m.lastLine ?? '?'} ${m.message} [${(m.extract ?? '').replace(/\s+/g, ' ').trim()}]`,
    );
    expect(errors).toEqual([]);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
