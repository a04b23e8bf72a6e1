// Articles, snapshots, save answers and a stand-in server for the save machine's tests.
import { vi } from 'vitest';
import type { ArticleConflict, ArticleSaved, SaveArticleResult } from '@/features/articles/actions';
import type { ArticleSnapshot } from '@/domain/articles/snapshot';
import { backupKey } from './local-backup';
import { createSaveController, type SaveRequest } from './save-controller';
import { initialSaveState, type EditorArticle } from './save-state';

export const snapshot: ArticleSnapshot = {
  headline: 'Talks resume in Yerevan',
  standfirst: 'Both sides return to the table.',
  slug: 'talks-resume-in-yerevan',
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The talks resumed.' }] }] },
  sectionId: 1,
  regionId: null,
  access: 'public',
  opensToAll: null,
  authorIds: [5],
  tags: [],
  leadImageUrl: null,
  leadImageAlt: '',
  leadImageCaption: '',
  leadImageCredit: '',
  editorsNote: '',
  seoTitle: '',
  seoDescription: '',
  newsletterId: null,
  emailOnly: false,
};

export const draft = (over: Partial<EditorArticle> = {}): EditorArticle => ({
  id: 7,
  language: 'en',
  status: 'draft',
  version: 3,
  slug: 'talks-resume-in-yerevan',
  publishedAt: null,
  editedAt: '2025-03-04T09:00:00Z',
  editedBy: 'Nino',
  submittedAt: null,
  issue: null,
  ...over,
});

export const accepted = (version: number, over: Partial<ArticleSaved> = {}, message = 'Saved.'): SaveArticleResult => ({
  ok: true,
  message,
  data: {
    version,
    slug: 'talks-resume-in-yerevan',
    status: 'draft',
    editedAt: '2025-03-04T10:21:00Z',
    publishedAt: null,
    ...over,
  },
});

export const theirVersion = (version: number, headline = 'Their headline'): ArticleConflict => ({
  theirs: { version, editedAt: '2025-03-04T10:22:00Z', editedBy: 'Levan', snapshot: { ...snapshot, headline } },
  changes: [],
});

export const conflicted = (version: number): SaveArticleResult => ({
  ok: false,
  message: 'Levan saved this article while you were editing.',
  data: theirVersion(version),
});

/** A stand-in for the server action: each call waits until the test answers it. */
export function server() {
  const requests: SaveRequest[] = [];
  const answers: Array<(result: SaveArticleResult) => void> = [];
  const failures: Array<(error: Error) => void> = [];
  const saveArticle = (request: SaveRequest) => {
    requests.push(request);
    return new Promise<SaveArticleResult>((resolve, reject) => {
      answers.push(resolve);
      failures.push(reject);
    });
  };
  return {
    saveArticle,
    requests,
    /** Answers the oldest waiting call, then lets the controller act on the answer. */
    async answer(result: SaveArticleResult) {
      failures.shift();
      answers.shift()?.(result);
      await vi.advanceTimersByTimeAsync(0);
    },
    async fail() {
      answers.shift();
      failures.shift()?.(new Error('offline'));
      await vi.advanceTimersByTimeAsync(0);
    },
  };
}

export function editorFor(over: Parameters<typeof draft>[0] = {}) {
  const api = server();
  const controller = createSaveController(initialSaveState(draft(over), snapshot), { saveArticle: api.saveArticle });
  controller.start();
  return { api, controller, ...controller.actions, state: controller.getState };
}

export const stored = (id = 7) => {
  const raw = localStorage.getItem(backupKey(id));
  return raw ? (JSON.parse(raw) as { baseVersion: number; snapshot: typeof snapshot; at: string }) : null;
};
