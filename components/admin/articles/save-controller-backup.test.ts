// @vitest-environment happy-dom
// The save controller's backup in localStorage: written on edits, cleared when saved, offered back on return.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupKey } from './local-backup';
import { AUTOSAVE_DELAY_MS } from './save-controller';
import { accepted, conflicted, editorFor, snapshot, stored } from './save-test-data';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2025-03-04T10:20:00Z'));
  localStorage.clear();
});
afterEach(() => vi.useRealTimers());

describe('the backup in this browser', () => {
  it('is written on each edit, from the version the edit started from', () => {
    const { edit } = editorFor();
    edit({ standfirst: 'Kept' });
    expect(stored()).toEqual({
      baseVersion: 3,
      snapshot: { ...snapshot, standfirst: 'Kept' },
      at: '2025-03-04T10:20:00.000Z',
    });
  });

  it('is cleared once the server has everything, and kept while typing is ahead of it', async () => {
    const { api, edit } = editorFor();
    edit({ standfirst: 'One' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    edit({ standfirst: 'One, two' });
    await api.answer(accepted(4));
    expect(stored()?.snapshot.standfirst).toBe('One, two');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(api.requests).toHaveLength(2);
    await api.answer(accepted(5));
    expect(stored()).toBeNull();
  });

  it('is kept through a conflict and cleared when their version is taken', async () => {
    const { api, edit, takeTheirs, state } = editorFor();
    edit({ headline: 'Mine' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await api.answer(conflicted(9));
    expect(stored()?.snapshot.headline).toBe('Mine');
    takeTheirs();
    expect(stored()).toBeNull();
    expect(state().snapshot.headline).toBe('Their headline');
  });

  it('is offered back after the page starts, and restoring it makes it unsaved work that autosaves', async () => {
    const kept = { ...snapshot, standfirst: 'From last time' };
    localStorage.setItem(backupKey(7), JSON.stringify({ baseVersion: 3, snapshot: kept, at: '2025-03-04T08:00:00Z' }));
    const { api, controller, restoreBackup, state } = editorFor();
    controller.offerBackup({ id: 7, version: 3 }, snapshot);
    expect(state().backup).toBeNull();
    await vi.advanceTimersByTimeAsync(0);
    expect(state().backup).toEqual({ snapshot: kept, at: '2025-03-04T08:00:00Z' });
    restoreBackup();
    expect(state().snapshot).toEqual(kept);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(api.requests[0]?.snapshot.standfirst).toBe('From last time');
  });

  it('is thrown away when discarded, when made from an older version, or when it matches the server', async () => {
    const keep = (baseVersion: number, kept: typeof snapshot) =>
      localStorage.setItem(backupKey(7), JSON.stringify({ baseVersion, snapshot: kept, at: '2025-03-04T08:00:00Z' }));
    const { controller, discardBackup, state } = editorFor();

    keep(3, { ...snapshot, headline: 'Unsaved' });
    controller.offerBackup({ id: 7, version: 3 }, snapshot);
    await vi.advanceTimersByTimeAsync(0);
    discardBackup();
    expect(state().backup).toBeNull();
    expect(stored()).toBeNull();

    keep(2, { ...snapshot, headline: 'Older' });
    controller.offerBackup({ id: 7, version: 3 }, snapshot);
    keep(3, snapshot);
    controller.offerBackup({ id: 7, version: 3 }, snapshot);
    await vi.advanceTimersByTimeAsync(0);
    expect(stored()).toBeNull();
    expect(state().backup).toBeNull();
  });
});
