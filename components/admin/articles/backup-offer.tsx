// The offer of unsaved changes this browser kept from an earlier visit: restore them or discard them.
import { formatNewsroomDate } from '@/domain/articles/newsroom-time';
import type { BackupOffer as Offer } from './save-state';

export function BackupOffer({
  offer,
  timeZone,
  onRestore,
  onDiscard,
}: {
  offer: Offer;
  timeZone: string;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  return (
    <div className="notice" role="alert">
      <p>This browser kept changes to this article that were not saved ({formatNewsroomDate(offer.at, timeZone)}).</p>
      <div className="article-editor__row">
        <button type="button" className="button button--small button--primary" onClick={onRestore}>
          Restore them
        </button>
        <button type="button" className="button button--small" onClick={onDiscard}>
          Discard them
        </button>
      </div>
    </div>
  );
}
