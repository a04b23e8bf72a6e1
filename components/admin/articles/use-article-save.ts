// The article editor's hold on its save machine: one controller per editor, and a re-render on each change.
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ArticleSnapshot } from '@/domain/articles/snapshot';
import { createSaveController, type SaveArticle } from './save-controller';
import { initialSaveState, type EditorArticle } from './save-state';

export function useArticleSave({
  article,
  initial,
  notice,
  saveArticle,
}: {
  article: EditorArticle;
  initial: ArticleSnapshot;
  notice?: string;
  saveArticle: SaveArticle;
}) {
  const [controller] = useState(() =>
    createSaveController(initialSaveState(article, initial, notice), { saveArticle }),
  );
  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);

  useEffect(() => {
    controller.start();
    return controller.stop;
  }, [controller]);

  const { id, version } = article;
  useEffect(() => controller.offerBackup({ id, version }, initial), [controller, id, version, initial]);

  return { state, ...controller.actions };
}
