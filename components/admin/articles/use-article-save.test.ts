// @vitest-environment happy-dom
// The hooks on a page: useArticleSave re-renders and autosaves, useLeaveGuard asks before unsaved work is left.
import { act, createElement, useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveArticleResult } from '@/features/articles/actions';
import { backupKey } from './local-backup';
import { AUTOSAVE_DELAY_MS, type SaveRequest } from './save-controller';
import { accepted, draft, snapshot } from './save-test-data';
import { useArticleSave } from './use-article-save';
import { useLeaveGuard } from './use-leave-guard';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const QUESTION = 'This article has changes that are not saved yet. Leave anyway?';
type Editor = ReturnType<typeof useArticleSave>;

let root: Root | null = null;
let renders = 0;
let editor: Editor | undefined;
const requests: SaveRequest[] = [];
const answers: Array<(result: SaveArticleResult) => void> = [];
const saveArticle = (request: SaveRequest) => {
  requests.push(request);
  return new Promise<SaveArticleResult>((resolve) => answers.push(resolve));
};

/** Hands each committed render's hook result to the test. */
function Probe({ onRender }: { onRender: (editor: Editor) => void }) {
  const editor = useArticleSave({ article: draft(), initial: snapshot, saveArticle });
  useLeaveGuard(editor.hasUnsavedWork, QUESTION);
  useEffect(() => onRender(editor));
  return createElement('p', null, editor.state.status);
}

const seen = (rendered: Editor) => {
  editor = rendered;
  renders += 1;
};
const current = () => {
  if (!editor) throw new Error('The probe has not rendered');
  return editor;
};
const later = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

async function mount() {
  const host = document.body.appendChild(document.createElement('div'));
  await act(async () => {
    root = createRoot(host);
    root.render(createElement(Probe, { onRender: seen }));
  });
  return host;
}

/** happy-dom has no dialogs: this answers window.confirm as the person would. */
function askWith(answer: boolean) {
  const confirm = vi.fn<(question?: string) => boolean>(() => answer);
  window.confirm = confirm;
  return confirm;
}

function clickLink(href: string) {
  const link = document.body.appendChild(document.createElement('a'));
  link.href = href;
  const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
  link.dispatchEvent(click);
  link.remove();
  return click.defaultPrevented;
}

beforeEach(() => {
  vi.useFakeTimers();
  localStorage.clear();
  requests.length = 0;
  answers.length = 0;
  renders = 0;
  editor = undefined;
});
afterEach(async () => {
  await act(async () => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('useArticleSave', () => {
  it('re-renders on each change and autosaves a draft while on the page', async () => {
    const host = await mount();
    expect(host.textContent).toBe('saved');
    const before = renders;
    await act(async () => current().edit({ standfirst: 'Typed' }));
    expect(renders).toBeGreaterThan(before);
    expect(host.textContent).toBe('dirty');
    await later(AUTOSAVE_DELAY_MS);
    expect(host.textContent).toBe('saving');
    expect(requests[0]?.snapshot.standfirst).toBe('Typed');
    await act(async () => answers.shift()?.(accepted(4)));
    expect(host.textContent).toBe('saved');
    expect(current().state.meta.version).toBe(4);
  });

  it('offers back what this browser kept, after the first render', async () => {
    const kept = { ...snapshot, headline: 'Kept here' };
    localStorage.setItem(backupKey(7), JSON.stringify({ baseVersion: 3, snapshot: kept, at: '2025-03-04T08:00:00Z' }));
    await mount();
    await later(0);
    expect(current().state.backup?.snapshot.headline).toBe('Kept here');
  });

  it('stops autosaving once the editor is gone', async () => {
    await mount();
    await act(async () => current().edit({ standfirst: 'Typed' }));
    await act(async () => root?.unmount());
    root = null;
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(requests).toHaveLength(0);
  });
});

describe('useLeaveGuard', () => {
  it('lets the page go freely while everything is saved', async () => {
    await mount();
    const confirm = askWith(true);
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(false);
    expect(clickLink('/admin/articles')).toBe(false);
    expect(confirm).not.toHaveBeenCalled();
  });

  it('asks before unloading or following an app link with unsaved work, and stays when told to', async () => {
    await mount();
    await act(async () => current().edit({ standfirst: 'Typed' }));
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);

    const confirm = askWith(false);
    expect(clickLink('/admin/articles')).toBe(true);
    expect(confirm).toHaveBeenCalledWith(QUESTION);
    confirm.mockReturnValue(true);
    expect(clickLink('/admin/articles')).toBe(false);
    // A link to a place on this same page does not leave it.
    confirm.mockClear();
    expect(clickLink(`${window.location.pathname}${window.location.search}#body`)).toBe(false);
    expect(confirm).not.toHaveBeenCalled();
  });
});
