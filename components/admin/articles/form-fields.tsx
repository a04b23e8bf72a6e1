// What the editor's panels share: their props, a field's error under it, and the ids that describe an input.
import type { ArticleFieldErrors } from '@/features/articles/actions';
import type { ArticleSnapshot } from '@/domain/articles/snapshot';

export type SnapshotFieldsProps = {
  snapshot: ArticleSnapshot;
  fieldErrors: ArticleFieldErrors;
  onChange: (patch: Partial<ArticleSnapshot>) => void;
};

export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="field__error">
      {errors.join(' ')}
    </p>
  );
}

/** The hint (when the field has one) and the error (when it has one) that an input's aria-describedby names. */
export const describedBy = (fieldErrors: ArticleFieldErrors, field: keyof ArticleFieldErrors, hint = false) =>
  [hint ? `${field}-hint` : null, fieldErrors[field]?.length ? `${field}-error` : null].filter(Boolean).join(' ') ||
  undefined;
