import 'server-only';
import { z } from 'zod';
import type { Permission } from '@/domain/auth/permissions';
import type { Viewer } from '@/domain/auth/viewer';
import { authorize, getViewer, type ActionRefusal, type SignedInViewer } from '@/lib/auth/viewer';

export type FieldErrors = Partial<Record<string, string[]>>;

/** What a form sent, as the wrapper hands it to the schema: see readForm. */
export type FormValues = Record<string, string | string[]>;

/**
 * The one answer every server action gives. A refusal may carry what was typed (`values`), since
 * React resets a form after every action. The success side names the failure's fields as absent
 * so that a form can read `state?.fieldErrors` without narrowing first.
 */
export type ActionResult<T = unknown, F = unknown> =
  | { ok: true; message?: string; data?: T; fieldErrors?: undefined; values?: undefined }
  | { ok: false; message?: string; fieldErrors?: FieldErrors; values?: Record<string, string>; data?: F };

/** useActionState's state: null until the form is first sent. */
export type ActionState<R extends ActionResult = ActionResult> = R | null;

/** A permission, any signed-in reader, or anyone at all (signing in, signing out). */
export type Access = Permission | 'signed-in' | 'anyone';

/** What `invalid` is told about an input its schema refused. */
export type SchemaRefusal = { error: z.ZodError; fieldErrors: FieldErrors; values: FormValues };

type Invalid<R> = (refused: SchemaRefusal) => R;

/** A caller the permission refuses. */
type Refused = { ok: false; message: string; fieldErrors?: undefined; values?: undefined; data?: undefined };

/** An input the schema refuses, unless the action answers that itself (`invalid` as a function). */
type Unparsed<I> =
  I extends Invalid<unknown>
    ? never
    : { ok: false; message?: string; fieldErrors: FieldErrors; values?: undefined; data?: undefined };

type Spec<A extends Access, S extends z.ZodType, R extends ActionResult, I extends string | Invalid<R> | undefined> = {
  permission: A;
  /** Applied to readForm's values for a form, or to the argument otherwise. */
  input: S;
  /** What a value the schema refuses answers: a message beside the field errors, or a whole result. */
  invalid?: I;
  /** Instead of answering a refused caller, send them somewhere (redirect() or forbidden()). */
  refused?: (refusal: ActionRefusal) => never;
  run: (call: {
    viewer: A extends 'anyone' ? Viewer : SignedInViewer;
    input: z.output<S>;
    values: FormValues;
  }) => Promise<R>;
};

/**
 * Reads a form: strings trimmed with line breaks as \n, a repeated field as an array, files and
 * Next's own `$ACTION…` fields left out. An unchecked checkbox is simply absent: see `checkbox`.
 */
export function readForm(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const [name, value] of formData) {
    if (name.startsWith('$') || typeof value !== 'string') continue;
    const text = value.replace(/\r\n?/g, '\n').trim();
    const before = values[name];
    values[name] = before === undefined ? text : Array.isArray(before) ? [...before, text] : [before, text];
  }
  return values;
}

/** A checkbox: browsers send "on" when it is ticked and nothing when it is not. */
export const checkbox = z
  .string()
  .optional()
  .transform((value) => value === 'on');

/** A text field that a missing value leaves empty, still checked by the schema it wraps. */
export const text = <S extends z.ZodType<unknown, string>>(schema: S) => schema.prefault(() => '' as z.input<S>);

async function perform<
  A extends Access,
  S extends z.ZodType,
  R extends ActionResult,
  I extends string | Invalid<R> | undefined,
>(spec: Spec<A, S, R, I>, argument: unknown): Promise<R | Refused | Unparsed<I>> {
  // Who is calling comes first: nothing about a refused caller's input is even read.
  let viewer: Viewer;
  if (spec.permission === 'anyone') {
    viewer = await getViewer();
  } else {
    const caller = await authorize(spec.permission === 'signed-in' ? undefined : spec.permission);
    if (!caller.ok) {
      if (spec.refused) spec.refused(caller);
      const refused: Refused = { ok: false, message: caller.message };
      return refused;
    }
    viewer = caller.viewer;
  }
  const values = argument instanceof FormData ? readForm(argument) : {};
  const parsed = spec.input.safeParse(argument instanceof FormData ? values : argument);
  if (!parsed.success) {
    const fieldErrors: FieldErrors = z.flattenError(parsed.error).fieldErrors;
    if (typeof spec.invalid === 'function') return spec.invalid({ error: parsed.error, fieldErrors, values });
    return { ok: false, message: spec.invalid, fieldErrors } as Unparsed<I>;
  }
  // Not in a try block: redirect(), notFound() and forbidden() throw Next's own errors, which must reach Next.
  return spec.run({ viewer: viewer as A extends 'anyone' ? Viewer : SignedInViewer, input: parsed.data, values });
}

/** A server action called with one argument: a FormData (a plain `<form action>`) or a value. */
export function action<
  A extends Access,
  S extends z.ZodType,
  R extends ActionResult,
  I extends string | Invalid<R> | undefined,
>(spec: Spec<A, S, R, I>) {
  return async (argument?: unknown): Promise<R | Refused | Unparsed<I>> => perform(spec, argument);
}

/** A server action for useActionState: (previous state, FormData). */
export function formAction<
  A extends Access,
  S extends z.ZodType,
  R extends ActionResult,
  I extends string | Invalid<R> | undefined,
>(spec: Spec<A, S, R, I>) {
  return async (
    _previous: ActionState<R | Refused | Unparsed<I>>,
    formData: FormData,
  ): Promise<R | Refused | Unparsed<I>> => perform(spec, formData);
}

/** A plain `<form action>` (it works without JavaScript): nothing reads its answer, so it redirects or the page shows the change. */
export function plainFormAction<
  A extends Access,
  S extends z.ZodType,
  R extends ActionResult,
  I extends string | Invalid<R> | undefined,
>(spec: Spec<A, S, R, I>) {
  return async (formData: FormData): Promise<void> => {
    await perform(spec, formData);
  };
}
