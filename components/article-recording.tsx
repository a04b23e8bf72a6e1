import type { ArticleRecording as Recording } from '@/db/queries/article-audio';
import { canListenToRecording, type Viewer } from '@/domain/membership/entitlement';
import { audioSrc, formatListeningTime } from '@/lib/media/audio';

/**
 * A story's recording, above its text. Members and staff get the browser's own player, which
 * fetches nothing until it is pressed; everyone else learns that a recording exists, and the
 * file's address is never in their page (the anonymous page is one shared, cached copy).
 */
export function ArticleRecording({ recording, viewer }: { recording: Recording; viewer: Viewer }) {
  const length = formatListeningTime(recording.durationSeconds);
  if (!canListenToRecording(viewer)) {
    return (
      <p className="recording-note">
        This story has an audio version for members <span className="recording-note__length">({length})</span>.{' '}
        <a href="/membership">Become a member</a>
      </p>
    );
  }
  return (
    <figure className="recording">
      <figcaption className="recording__label" id="recording-label">
        Listen · {length}
      </figcaption>
      <audio
        className="recording__player"
        controls
        preload="none"
        src={audioSrc(recording.storageKey)}
        aria-labelledby="recording-label"
      />
    </figure>
  );
}
