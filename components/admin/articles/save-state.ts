// The article editor's state while it saves: its shape, where it starts, and what follows from it.
import type { ArticleConflict, ArticleFieldErrors, ArticleIntent, EditorIssue } from '@/features/articles/actions';
import { formatNewsroomClock } from '@/domain/articles/newsroom-time';
import { slugify, type ArticleSnapshot } from '@/domain/articles/snapshot';
import type { Locale } from '@/domain/i18n/locales';

export type EditorArticle = {
  id: number;
  /** Its edition: where it is published (/ru/articles/… for a Russian story). */
  language: Locale;
  status: 'draft' | 'scheduled' | 'published';
  version: number;
  slug: string;
  publishedAt: string | null;
  editedAt: string;
  editedBy: string | null;
  submittedAt: string | null;
  /** The email that went out for it, once it did: the Email panel then only reports it. */
  issue: EditorIssue | null;
};

/** `dirty`: changed since the last save the server accepted; `conflict`: someone else saved first. */
export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'error' | 'conflict';

/** Unsaved work this browser kept from an earlier visit, offered back until restored or discarded. */
export type BackupOffer = { snapshot: ArticleSnapshot; at: string };

export type SaveState = {
  snapshot: ArticleSnapshot;
  meta: EditorArticle;
  status: SaveStatus;
  message: string | null;
  fieldErrors: ArticleFieldErrors;
  conflict: ArticleConflict | null;
  /** The intent of a save other than a plain one while it runs, for its button's label. */
  busy: Exclude<ArticleIntent, 'save'> | null;
  backup: BackupOffer | null;
  /** True once someone types an address: until then a draft's address follows its headline. */
  slugTouched: boolean;
  /** Counts wholesale replacements of the snapshot (their version, a restored backup): the body editor restarts on each. */
  replacements: number;
};

export function initialSaveState(article: EditorArticle, initial: ArticleSnapshot, notice?: string): SaveState {
  return {
    snapshot: initial,
    meta: article,
    status: 'saved',
    message: notice ?? null,
    fieldErrors: {},
    conflict: null,
    busy: null,
    backup: null,
    slugTouched: initial.slug !== '' && initial.slug !== slugify(initial.headline),
    replacements: 0,
  };
}

/** Drafts save themselves after a pause; scheduled and published stories wait for Update. */
export const autosaves = (state: SaveState) => state.meta.status === 'draft';

/** Whether the autosave timer should be running: a conflict or a failed save waits for the editor. */
export const autosaveDue = (state: SaveState) => autosaves(state) && state.status === 'dirty';

export const hasUnsavedWork = (state: SaveState) => state.status !== 'saved';

/** The address a save sends: empty for a draft whose address follows its headline, so the server derives a unique one. */
export const slugToSend = (state: SaveState) =>
  state.slugTouched || state.meta.status !== 'draft' ? state.snapshot.slug : '';

export function saveIndicator(state: SaveState, timeZone: string): string {
  switch (state.status) {
    case 'saving':
      return 'Saving…';
    case 'dirty':
      return autosaves(state) ? 'Unsaved changes' : 'Unsaved changes: press Update to publish them';
    case 'error':
      return 'Not saved';
    case 'conflict':
      return 'Not saved: someone else saved first';
    default:
      return `Saved ${formatNewsroomClock(state.meta.editedAt, timeZone)}`;
  }
}
