'use client';

// The Audio version panel: a recording of the story for members, attached, replaced or removed
// at once (it is not part of the text's saves, so nothing typed is touched by it).
import { useState } from 'react';
import { FileDrop } from '@/components/admin/file-drop';
import { refusalMessage, sendFile, UNREACHABLE_MESSAGE } from '@/components/admin/send-file';
import { ACCEPTED_AUDIO_TYPES, AUDIO_TOO_LARGE_MESSAGE, formatListeningTime, MAX_AUDIO_BYTES } from '@/lib/media/audio';

export type EditorRecording = { src: string; mimeType: string; bytes: number; durationSeconds: number };

const FORMAT_NAMES: Record<string, string> = { 'audio/mpeg': 'MP3', 'audio/mp4': 'M4A' };

function describe(recording: EditorRecording) {
  const megabytes = (recording.bytes / (1024 * 1024)).toFixed(1);
  return `${formatListeningTime(recording.durationSeconds)} · ${FORMAT_NAMES[recording.mimeType] ?? 'audio'} · ${megabytes} MB`;
}

export function AudioPanel({ articleId, initial }: { articleId: number; initial: EditorRecording | null }) {
  const [recording, setRecording] = useState(initial);
  const [progress, setProgress] = useState<number | null>(null);
  const [removing, setRemoving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const url = `/admin/uploads/audio/${articleId}`;
  const busy = progress !== null || removing;

  async function upload(file: File) {
    setError(null);
    setDone(null);
    if (file.size > MAX_AUDIO_BYTES) return setError(AUDIO_TOO_LARGE_MESSAGE);
    setProgress(0);
    const sent = await sendFile({ method: 'PUT', url, body: file, onProgress: setProgress });
    setProgress(null);
    if ('unreachable' in sent) return setError(UNREACHABLE_MESSAGE);
    const { status, answer } = sent;
    if (status !== 201 || !answer || typeof answer.src !== 'string') return setError(refusalMessage(status, answer));
    const attached = {
      src: answer.src,
      mimeType: String(answer.mimeType),
      bytes: Number(answer.bytes),
      durationSeconds: Number(answer.durationSeconds),
    };
    setRecording(attached);
    setDone(`Attached ${file.name} (${describe(attached)}). Members hear it on the story’s page now.`);
  }

  async function remove() {
    setError(null);
    setDone(null);
    setRemoving(true);
    try {
      const response = await fetch(url, { method: 'DELETE' });
      if (!response.ok)
        return setError(
          refusalMessage(response.status, (await response.json().catch(() => null)) as Record<string, unknown> | null),
        );
      setRecording(null);
      setDone('Removed the recording.');
    } catch {
      setError(UNREACHABLE_MESSAGE);
    } finally {
      setRemoving(false);
    }
  }

  return (
    <section className="editor-panel" aria-labelledby="recording-heading">
      <h2 id="recording-heading">Audio version</h2>
      {recording && (
        <figure className="recording-preview">
          <audio controls preload="none" src={recording.src} aria-label="The attached recording" />
          <figcaption>{describe(recording)}</figcaption>
          <button type="button" className="button button--small" disabled={busy} onClick={() => void remove()}>
            {removing ? 'Removing…' : 'Remove recording'}
          </button>
        </figure>
      )}
      <FileDrop
        inputId="recording-file"
        label={recording ? 'Replace the recording' : 'Attach a recording'}
        hint="MP3 or M4A, up to 100 MB. Members get a player above the story; everyone else sees that it exists."
        accept={[...ACCEPTED_AUDIO_TYPES, '.mp3', '.m4a'].join(',')}
        chooseLabel="Choose recording"
        compact
        disabled={removing}
        progress={progress}
        error={error}
        done={done}
        onFile={(file) => void upload(file)}
      />
    </section>
  );
}
