// The article editor's save state machine, pure: what each edit, save answer and choice does to the editor's state.
import type { ArticleIntent, SaveArticleResult } from '@/features/articles/actions';
import { slugify, type ArticleSnapshot } from '@/domain/articles/snapshot';
import type { BackupOffer, SaveState } from './save-state';

export type SaveEvent =
  | { type: 'edited'; patch: Partial<ArticleSnapshot> }
  | { type: 'slugTyped'; slug: string }
  | { type: 'saveStarted'; intent: ArticleIntent }
  | { type: 'saveFinished'; intent: ArticleIntent; sent: ArticleSnapshot; result: SaveArticleResult }
  | { type: 'keptMine' }
  | { type: 'tookTheirs' }
  | { type: 'backupFound'; offer: BackupOffer }
  | { type: 'backupRestored' }
  | { type: 'backupDiscarded' };

function edit(state: SaveState, patch: Partial<ArticleSnapshot>): SaveState {
  const snapshot = { ...state.snapshot, ...patch };
  if ('headline' in patch && !state.slugTouched)
    snapshot.slug = state.meta.status === 'published' ? state.snapshot.slug : slugify(snapshot.headline);
  return { ...state, snapshot, status: state.status === 'conflict' ? 'conflict' : 'dirty' };
}

function finish(state: SaveState, { intent, sent, result }: Extract<SaveEvent, { type: 'saveFinished' }>): SaveState {
  const done = { ...state, busy: null };
  if (!result.ok) {
    if (result.data) return { ...done, conflict: result.data, status: 'conflict', message: result.message };
    return { ...done, status: 'error', message: result.message, fieldErrors: result.fieldErrors ?? state.fieldErrors };
  }
  const saved = result.data;
  const changedSince = state.snapshot !== sent;
  // Show the address the server settled on (it keeps derived ones unique), unless typing has moved on.
  const settled = !changedSince && !/^untitled-/.test(saved.slug) && sent.slug !== saved.slug;
  return {
    ...done,
    meta: {
      ...state.meta,
      version: saved.version,
      slug: saved.slug,
      status: saved.status,
      editedAt: saved.editedAt,
      publishedAt: saved.publishedAt,
      submittedAt: intent === 'submit' ? saved.editedAt : state.meta.submittedAt,
      issue: saved.issue ?? state.meta.issue,
    },
    // A draft that could not go public was still saved; what it lacks is shown at its fields.
    fieldErrors: saved.notPublished ?? {},
    conflict: null,
    snapshot: settled ? { ...sent, slug: saved.slug } : state.snapshot,
    message: intent === 'save' ? null : result.message,
    status: changedSince ? 'dirty' : 'saved',
  };
}

export function saveReducer(state: SaveState, event: SaveEvent): SaveState {
  switch (event.type) {
    case 'edited':
      return edit(state, event.patch);
    case 'slugTyped':
      return edit({ ...state, slugTouched: true }, { slug: event.slug });
    case 'saveStarted':
      return { ...state, status: 'saving', busy: event.intent === 'save' ? state.busy : event.intent };
    case 'saveFinished':
      return finish(state, event);
    case 'keptMine':
      if (!state.conflict) return state;
      return { ...state, conflict: null, meta: { ...state.meta, version: state.conflict.theirs.version } };
    case 'tookTheirs': {
      if (!state.conflict) return state;
      const { version, editedAt, editedBy, snapshot } = state.conflict.theirs;
      return {
        ...state,
        meta: { ...state.meta, version, editedAt, editedBy },
        snapshot,
        replacements: state.replacements + 1,
        status: 'saved',
        conflict: null,
        message: 'You now have their version. Your changes were discarded.',
      };
    }
    case 'backupFound':
      return { ...state, backup: event.offer };
    case 'backupRestored':
      if (!state.backup) return state;
      return {
        ...state,
        snapshot: state.backup.snapshot,
        replacements: state.replacements + 1,
        status: 'dirty',
        backup: null,
      };
    case 'backupDiscarded':
      return { ...state, backup: null };
  }
}
