import type { DiffPart } from '@/domain/articles/diff';

/** Word-level changes: removed words struck through, added ones underlined. */
export function DiffText({ parts }: { parts: DiffPart[] }) {
  return (
    <p className="diff-text">
      {parts.map((part, index) =>
        part.added ? (
          <ins key={index}>{part.value}</ins>
        ) : part.removed ? (
          <del key={index}>{part.value}</del>
        ) : (
          <span key={index}>
            {part.value.length > 400 ? `${part.value.slice(0, 180)} … ${part.value.slice(-180)}` : part.value}
          </span>
        ),
      )}
    </p>
  );
}

/** Every field that changed, each with its word-level changes. */
export function DiffList({ changes }: { changes: { field: string; label: string; parts: DiffPart[] }[] }) {
  return (
    <dl className="diff-list">
      {changes.map((change) => (
        <div key={change.field}>
          <dt>{change.label}</dt>
          <dd>
            <DiffText parts={change.parts} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
