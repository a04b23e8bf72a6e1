import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { signedInContext } from './fixtures/accounts';

/**
 * Every admin page, route handler and server action, called directly rather than through the
 * UI, refuses anonymous visitors (401, or a redirect to sign in) and readers (403, or the
 * refusal sentence an action returns). The lists come from the app's files and the build's
 * own manifest, so a new page or action is covered without anyone remembering to add it.
 */

const root = process.cwd();
const distDir = process.env.E2E_DIST_DIR ?? '.next-test';

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** app/(staff)/admin/articles/[id]/history/page.tsx → /admin/articles/1/history */
function urlOf(file: string): string {
  const route = path
    .relative(path.join(root, 'app'), path.dirname(file))
    .split(path.sep)
    .filter((part) => !/^\(.*\)$/.test(part))
    .map((part) => (part.startsWith('[') ? '1' : part))
    .join('/');
  return `/${route}`;
}

const staffFiles = [
  ...walk(path.join(root, 'app', '(staff)', 'admin')),
  ...walk(path.join(root, 'app', '(staff)', 'preview')),
];
const pages = staffFiles.filter((f) => /\/page\.tsx$/.test(f)).map(urlOf);
const routes = staffFiles
  .filter((f) => /\/route\.ts$/.test(f))
  .map((file) => {
    const source = fs.readFileSync(file, 'utf8');
    const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((m) =>
      new RegExp(`export (async )?function ${m}\\b|export const ${m}\\b`).test(source),
    );
    return { url: urlOf(file), methods };
  });

/** The features whose actions only staff may call (ARCHITECTURE.md: actions live in features/). */
const STAFF_FEATURES = ['articles', 'appeals', 'authors', 'members', 'staff', 'taxonomy'];

type ActionEntry = { id: string; name: string; file: string; page: string };

function staffActions(): ActionEntry[] {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(root, distDir, 'server', 'server-reference-manifest.json'), 'utf8'),
  ) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node)
    .filter(
      ([, entry]) =>
        STAFF_FEATURES.some((feature) => entry.filename.startsWith(`features/${feature}/`)) ||
        entry.filename.startsWith('components/admin/'),
    )
    .map(([id, entry]) => {
      const worker =
        Object.keys(entry.workers).find((w) => w.startsWith('app/(staff)/admin/')) ??
        Object.keys(entry.workers)[0] ??
        'app/(staff)/admin/page';
      return { id, name: entry.exportedName, file: entry.filename, page: urlOf(path.join(root, `${worker}.tsx`)) };
    });
}

async function callAction(request: APIRequestContext, action: ActionEntry) {
  const response = await request.post(action.page, {
    headers: { 'next-action': action.id, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component' },
    // Each action's arguments in the shapes they take: an object, or (state, form data).
    data: JSON.stringify([{ id: 1, userId: '00000000-0000-4000-8000-000000000000' }, '$undefined']),
    maxRedirects: 0,
  });
  return {
    status: response.status(),
    redirect: response.headers()['x-action-redirect'] ?? response.headers().location ?? '',
    text: await response.text(),
  };
}

test('the lists of staff pages, routes and actions are not empty', () => {
  expect(pages).toEqual(
    expect.arrayContaining([
      '/admin',
      '/admin/articles',
      '/admin/articles/1',
      '/admin/articles/1/history',
      '/preview/articles/1',
    ]),
  );
  expect(routes.map((r) => r.url)).toContain('/admin/uploads');
  expect(staffActions().map((a) => a.name)).toEqual(
    expect.arrayContaining(['saveArticleAction', 'restoreRevisionAction', 'createArticleAction']),
  );
});

test('an anonymous visitor is sent to sign in from every staff page, and refused by every route and action', async ({
  request,
}) => {
  test.setTimeout(120_000);
  for (const url of pages) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect([303, 307, 308], url).toContain(response.status());
    expect(response.headers().location, url).toMatch(/\/signin\?callbackUrl=/);
  }
  for (const { url, methods } of routes) {
    for (const method of methods) {
      const response = await request.fetch(url, { method, maxRedirects: 0 });
      expect(response.status(), `${method} ${url}`).toBe(401);
    }
  }
  for (const action of staffActions()) {
    const answer = await callAction(request, action);
    const refused =
      answer.status === 401 || answer.redirect.includes('/signin') || answer.text.includes('Please sign in first.');
    expect(refused, `${action.name} in ${action.file}: ${answer.status} ${answer.text.slice(0, 200)}`).toBe(true);
  }
});

test('a reader gets 403 from every staff page, route and action', async ({ browser }) => {
  test.setTimeout(120_000);
  const { context, page } = await signedInContext(browser);
  for (const url of pages) {
    const response = await page.request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(403);
  }
  for (const { url, methods } of routes) {
    for (const method of methods) {
      const response = await page.request.fetch(url, { method, maxRedirects: 0 });
      expect(response.status(), `${method} ${url}`).toBe(403);
    }
  }
  for (const action of staffActions()) {
    const answer = await callAction(page.request, action);
    const refused = answer.status === 403 || answer.text.includes('Your account is not allowed to do that.');
    expect(refused, `${action.name} in ${action.file}: ${answer.status} ${answer.text.slice(0, 200)}`).toBe(true);
  }
  await context.close();
});
