/** A labelled input whose errors are tied to it with aria-describedby. */
export function Field({
  id,
  label,
  hint,
  errors,
  ...input
}: { id: string; label: string; hint?: string; errors?: string[] } & React.InputHTMLAttributes<HTMLInputElement>) {
  const described =
    [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <input id={id} aria-describedby={described} aria-invalid={errors?.length ? true : undefined} {...input} />
      {errors?.length ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

export function FormMessage({ message }: { message?: string }) {
  return message ? (
    <p className="form-message" role="alert">
      {message}
    </p>
  ) : null;
}
