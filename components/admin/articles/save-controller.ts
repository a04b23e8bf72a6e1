// Runs the save machine: one save at a time, autosave after a pause, and the browser backup kept in step.
import type { ArticleIntent, SaveArticleResult } from '@/features/articles/actions';
import type { ArticleSnapshot } from '@/domain/articles/snapshot';
import { clearBackup, readBackup, writeBackup, type BackupStorage } from './local-backup';
import { saveReducer, type SaveEvent } from './save-machine';
import { autosaveDue, autosaves, hasUnsavedWork, slugToSend, type SaveState } from './save-state';

export type SaveRequest = {
  id: number;
  baseVersion: number;
  intent: ArticleIntent;
  scheduleAt?: string;
  snapshot: ArticleSnapshot;
};
export type SaveArticle = (request: SaveRequest) => Promise<SaveArticleResult>;
export type SaveOptions = { scheduleAt?: string; baseVersion?: number };

export const AUTOSAVE_DELAY_MS = 1500;

const UNREACHABLE: SaveArticleResult = {
  ok: false,
  message:
    'The server could not be reached. Your changes are kept in this browser; saving again when the connection is back.',
};

type Dependencies = {
  saveArticle: SaveArticle;
  /** Opened on each use: the server has no window, and a browser with storage disabled throws on access. */
  storage?: () => BackupStorage;
};

export function createSaveController(
  initial: SaveState,
  { saveArticle, storage = () => window.localStorage }: Dependencies,
) {
  let state = initial;
  let inFlight: Promise<void> | null = null;
  let autosaveTimer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  const listeners = new Set<() => void>();

  function dispatch(event: SaveEvent) {
    const before = state;
    state = saveReducer(state, event);
    if (state === before) return;
    // The timer restarts with each change of the text or the status, so it fires a pause after the last one.
    if (state.snapshot !== before.snapshot || state.status !== before.status || autosaves(state) !== autosaves(before))
      scheduleAutosave();
    for (const listener of listeners) listener();
  }

  function scheduleAutosave() {
    clearTimeout(autosaveTimer);
    autosaveTimer = undefined;
    // A conflict, a refusal or a save under way is not `dirty`: each waits for the editor or the answer.
    if (running && autosaveDue(state)) autosaveTimer = setTimeout(() => void save('save'), AUTOSAVE_DELAY_MS);
  }

  function keepBackup() {
    const { meta, snapshot } = state;
    writeBackup(storage, meta.id, { baseVersion: meta.version, snapshot, at: new Date().toISOString() });
  }

  async function send(intent: ArticleIntent, options: SaveOptions) {
    const { snapshot: sent, meta } = state;
    const slug = slugToSend(state);
    dispatch({ type: 'saveStarted', intent });
    let result: SaveArticleResult;
    try {
      result = await saveArticle({
        id: meta.id,
        baseVersion: options.baseVersion ?? meta.version,
        intent,
        scheduleAt: options.scheduleAt,
        snapshot: { ...sent, slug },
      });
    } catch {
      result = UNREACHABLE;
    }
    dispatch({ type: 'saveFinished', intent, sent, result });
    if (result.ok && state.status === 'saved') clearBackup(storage, meta.id);
  }

  /** Every save names the version it started from, so saves wait their turn: each starts from the last one's answer. */
  function save(intent: ArticleIntent = 'save', options: SaveOptions = {}): Promise<void> {
    const previous = inFlight;
    const promise = (async () => {
      if (previous) await previous;
      await send(intent, options);
    })().finally(() => {
      if (inFlight === promise) inFlight = null;
    });
    inFlight = promise;
    return promise;
  }

  const actions = {
    save,
    edit(patch: Partial<ArticleSnapshot>) {
      dispatch({ type: 'edited', patch });
      keepBackup();
    },
    typeSlug(slug: string) {
      dispatch({ type: 'slugTyped', slug });
      keepBackup();
    },
    keepMine(): Promise<void> {
      const { conflict } = state;
      if (!conflict) return Promise.resolve();
      dispatch({ type: 'keptMine' });
      return save('save', { baseVersion: conflict.theirs.version });
    },
    takeTheirs() {
      if (!state.conflict) return;
      dispatch({ type: 'tookTheirs' });
      clearBackup(storage, state.meta.id);
    },
    restoreBackup: () => dispatch({ type: 'backupRestored' }),
    discardBackup() {
      clearBackup(storage, state.meta.id);
      dispatch({ type: 'backupDiscarded' });
    },
    hasUnsavedWork: () => hasUnsavedWork(state),
  };

  return {
    actions,
    getState: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    /** Autosave runs only between start and stop (the editor being on the page). */
    start() {
      running = true;
      scheduleAutosave();
    },
    stop() {
      running = false;
      scheduleAutosave();
    },
    /** Offers back what this browser kept, a moment later (after hydration: the server cannot know it); returns a cancel. */
    offerBackup(article: { id: number; version: number }, initialSnapshot: ArticleSnapshot): () => void {
      const offer = readBackup(storage, article, initialSnapshot);
      if (!offer) return () => {};
      const timer = setTimeout(() => dispatch({ type: 'backupFound', offer }), 0);
      return () => clearTimeout(timer);
    },
  };
}
