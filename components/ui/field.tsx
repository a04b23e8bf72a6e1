import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

type FieldProps = {
  /** The control's id; its hint and error take `${id}-hint` and `${id}-error`. */
  id: string;
  label: string;
  /** Shown between the label and the control, or under the control with `hintBelow`. */
  hint?: ReactNode;
  /** The hint goes under the control, so that controls in a row line up below their labels. */
  hintBelow?: boolean;
  /** Ids of text outside the field that also describes the control, such as a fieldset's hint. */
  describedBy?: string;
  errors?: string[];
  /** A class on the .field wrapper besides `field`; the control's own className goes on the control. */
  fieldClassName?: string;
};

/** What a control needs to be read with its hint and errors. */
function describe({ id, hint, describedBy, errors }: FieldProps) {
  return {
    'aria-describedby':
      [hint ? `${id}-hint` : null, describedBy, errors?.length ? `${id}-error` : null].filter(Boolean).join(' ') ||
      undefined,
    'aria-invalid': errors?.length ? true : undefined,
  };
}

function FieldFrame({
  id,
  label,
  hint,
  hintBelow,
  errors,
  fieldClassName,
  children,
}: FieldProps & { children: ReactNode }) {
  const hintText = hint && (
    <p id={`${id}-hint`} className="field__hint">
      {hint}
    </p>
  );
  return (
    <div className={fieldClassName ? `field ${fieldClassName}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {!hintBelow && hintText}
      {children}
      {hintBelow && hintText}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** A field's errors, for a control that is not a Field (an upload, a group of choices). */
export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? (
    <p id={id} className="field__error" role="alert">
      {errors.join(' ')}
    </p>
  ) : null;
}

/** A field's own props apart from the control's, which go on the control. */
function splitField<P extends FieldProps>({
  id,
  label,
  hint,
  hintBelow,
  describedBy,
  errors,
  fieldClassName,
  ...control
}: P) {
  return [{ id, label, hint, hintBelow, describedBy, errors, fieldClassName }, control] as const;
}

/** A labelled input whose hint and errors are tied to it with aria-describedby. */
export function Field(props: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const [field, input] = splitField(props);
  return (
    <FieldFrame {...field}>
      <input id={field.id} {...describe(field)} {...input} />
    </FieldFrame>
  );
}

/** Field for several lines of text. */
export function TextAreaField(props: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const [field, textarea] = splitField(props);
  return (
    <FieldFrame {...field}>
      <textarea id={field.id} {...describe(field)} {...textarea} />
    </FieldFrame>
  );
}

/** Field for a choice from a list; its options are the children. */
export function SelectField(props: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  const [field, select] = splitField(props);
  return (
    <FieldFrame {...field}>
      <select id={field.id} {...describe(field)} {...select} />
    </FieldFrame>
  );
}

export function FormMessage({ message }: { message?: string }) {
  return message ? (
    <p className="form-message" role="alert">
      {message}
    </p>
  ) : null;
}
