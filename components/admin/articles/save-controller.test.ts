// @vitest-environment happy-dom
// The save controller's timing: autosave after a pause, one save at a time, conflicts and failures.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_DELAY_MS } from './save-controller';
import { accepted, conflicted, editorFor, stored } from './save-test-data';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2025-03-04T10:20:00Z'));
  localStorage.clear();
});
afterEach(() => vi.useRealTimers());

describe('autosave', () => {
  it('saves a draft once typing has paused, not before', async () => {
    const { api, edit } = editorFor();
    edit({ standfirst: 'One' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    edit({ standfirst: 'One, two' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    expect(api.requests).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]).toMatchObject({
      id: 7,
      baseVersion: 3,
      intent: 'save',
      snapshot: { standfirst: 'One, two' },
    });
  });

  it('never autosaves a published story: it waits for Update', async () => {
    const { api, edit, save, state } = editorFor({ status: 'published' });
    edit({ headline: 'Corrected' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 4);
    expect(api.requests).toHaveLength(0);
    void save('save');
    await vi.advanceTimersByTimeAsync(0);
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]?.snapshot.slug).toBe('talks-resume-in-yerevan');
    await api.answer(accepted(4, { status: 'published' }));
    expect(state().status).toBe('saved');
  });

  it('does not send a second save while one is in flight; the next one starts from the first one’s version', async () => {
    const { api, edit, state } = editorFor();
    edit({ standfirst: 'One' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(api.requests).toHaveLength(1);
    expect(state().status).toBe('saving');

    edit({ standfirst: 'One, two' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3);
    expect(api.requests).toHaveLength(1);

    await api.answer(accepted(4));
    expect(api.requests).toHaveLength(2);
    expect(api.requests[1]).toMatchObject({ baseVersion: 4, snapshot: { standfirst: 'One, two' } });
    await api.answer(accepted(5));
    expect(state().status).toBe('saved');
    expect(state().meta.version).toBe(5);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3);
    expect(api.requests).toHaveLength(2);
  });

  it('stops when the editor leaves the page', async () => {
    const { api, edit, controller } = editorFor();
    edit({ standfirst: 'One' });
    controller.stop();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(api.requests).toHaveLength(0);
  });
});

describe('conflicts and failures', () => {
  it('surfaces a conflict, autosaves nothing more, and keeping mine saves over their version', async () => {
    const { api, edit, keepMine, state } = editorFor();
    edit({ headline: 'Mine' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await api.answer(conflicted(9));
    expect(state().status).toBe('conflict');
    expect(state().conflict?.theirs.version).toBe(9);

    edit({ headline: 'Mine, still' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3);
    expect(api.requests).toHaveLength(1);
    expect(state().status).toBe('conflict');

    void keepMine();
    await vi.advanceTimersByTimeAsync(0);
    expect(api.requests[1]).toMatchObject({ baseVersion: 9, snapshot: { headline: 'Mine, still' } });
    await api.answer(accepted(10));
    expect(state().status).toBe('saved');
    expect(state().conflict).toBeNull();
  });

  it('reports an unreachable server as not saved, and keeps the typing', async () => {
    const { api, edit, state } = editorFor();
    edit({ standfirst: 'Offline' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await api.fail();
    expect(state().status).toBe('error');
    expect(state().message).toMatch(/^The server could not be reached\./);
    expect(stored()?.snapshot.standfirst).toBe('Offline');
  });
});
