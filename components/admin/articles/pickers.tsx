'use client';

import { useId, useState } from 'react';

/** The byline: chosen authors in order, each movable and removable, and a list to add from. */
export function AuthorPicker({
  id: givenId,
  authors,
  value,
  onChange,
  errors,
}: {
  id?: string;
  authors: { id: number; name: string }[];
  value: number[];
  onChange: (ids: number[]) => void;
  errors?: string[];
}) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const nameOf = (authorId: number) => authors.find((a) => a.id === authorId)?.name ?? `Author #${authorId}`;
  const move = (index: number, by: -1 | 1) => {
    const next = [...value];
    const [item] = next.splice(index, 1);
    if (item === undefined) return;
    next.splice(index + by, 0, item);
    onChange(next);
  };
  const available = authors.filter((a) => !value.includes(a.id));
  return (
    <fieldset className="field picker" aria-describedby={errors?.length ? `${id}-error` : undefined}>
      <legend>Authors</legend>
      {value.length > 0 ? (
        <ol className="picker__list">
          {value.map((authorId, index) => (
            <li key={authorId}>
              <span>{nameOf(authorId)}</span>
              <span className="picker__actions">
                <button
                  type="button"
                  className="icon-button"
                  onClick={() => move(index, -1)}
                  disabled={index === 0}
                  aria-label={`Move ${nameOf(authorId)} up`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  onClick={() => move(index, 1)}
                  disabled={index === value.length - 1}
                  aria-label={`Move ${nameOf(authorId)} down`}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="icon-button"
                  onClick={() => onChange(value.filter((x) => x !== authorId))}
                  aria-label={`Remove ${nameOf(authorId)}`}
                >
                  ×
                </button>
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="field__hint">No byline yet.</p>
      )}
      {available.length > 0 && (
        <>
          <label htmlFor={`${id}-add`} className="visually-hidden">
            Add an author
          </label>
          <select
            id={`${id}-add`}
            value=""
            onChange={(e) => {
              if (e.target.value) onChange([...value, Number(e.target.value)]);
            }}
          >
            <option value="">Add an author…</option>
            {available.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </>
      )}
      {errors?.length ? (
        <p id={`${id}-error`} className="field__error">
          {errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Tags: pick from those in use or type a new one (Enter or comma adds it). */
export function TagPicker({
  suggestions,
  value,
  onChange,
  errors,
}: {
  suggestions: string[];
  value: string[];
  onChange: (tags: string[]) => void;
  errors?: string[];
}) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const add = (raw: string) => {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (!name) return;
    const existing = suggestions.find((s) => s.toLowerCase() === name.toLowerCase()) ?? name;
    if (!value.some((t) => t.toLowerCase() === existing.toLowerCase())) onChange([...value, existing]);
    setDraft('');
  };
  return (
    <div className="field picker">
      <label htmlFor={`${id}-input`}>Tags</label>
      {value.length > 0 && (
        <ul className="chips" aria-label="Chosen tags">
          {value.map((tag) => (
            <li key={tag} className="chip">
              {tag}
              <button
                type="button"
                onClick={() => onChange(value.filter((t) => t !== tag))}
                aria-label={`Remove tag ${tag}`}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="article-editor__row">
        <input
          id={`${id}-input`}
          list={`${id}-suggestions`}
          value={draft}
          onChange={(e) => {
            const text = e.target.value;
            if (text.endsWith(',')) add(text.slice(0, -1));
            else setDraft(text);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add(draft);
            }
          }}
          aria-describedby={`${id}-hint${errors?.length ? ` ${id}-error` : ''}`}
        />
        <button type="button" className="button button--small" onClick={() => add(draft)}>
          Add tag
        </button>
      </div>
      <datalist id={`${id}-suggestions`}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <p id={`${id}-hint`} className="field__hint">
        Pick a tag in use or type a new one.
      </p>
      {errors?.length ? (
        <p id={`${id}-error`} className="field__error">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
