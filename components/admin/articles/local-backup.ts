// The copy of unsaved article work kept in this browser's storage until the server has it.
import type { ArticleSnapshot } from '@/domain/articles/snapshot';
import type { BackupOffer } from './save-state';

export type BackupStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
/** Opened on each use, inside the guard: a browser with storage disabled throws on access. */
type OpenStorage = () => BackupStorage;

type StoredBackup = { baseVersion: number; snapshot: ArticleSnapshot; at: string };

export const backupKey = (articleId: number) => `ridgeline:article:${articleId}:unsaved`;

export function writeBackup(storage: OpenStorage, articleId: number, backup: StoredBackup): void {
  try {
    storage().setItem(backupKey(articleId), JSON.stringify(backup));
  } catch {
    // Storage full or disabled: the server copy is what counts.
  }
}

export function clearBackup(storage: OpenStorage, articleId: number): void {
  try {
    storage().removeItem(backupKey(articleId));
  } catch {
    // Storage disabled: there is nothing kept to clear.
  }
}

/**
 * Work this browser kept that the server does not have (a crash, a lost connection), to offer back.
 * A copy made from an older version, or one that matches what the server sent, is thrown away.
 */
export function readBackup(
  storage: OpenStorage,
  article: { id: number; version: number },
  initial: ArticleSnapshot,
): BackupOffer | null {
  try {
    const stored = storage().getItem(backupKey(article.id));
    if (!stored) return null;
    const parsed = JSON.parse(stored) as StoredBackup;
    if (parsed.baseVersion !== article.version || JSON.stringify(parsed.snapshot) === JSON.stringify(initial)) {
      storage().removeItem(backupKey(article.id));
      return null;
    }
    return { snapshot: parsed.snapshot, at: parsed.at };
  } catch {
    // Unreadable backup: nothing to offer.
    return null;
  }
}
