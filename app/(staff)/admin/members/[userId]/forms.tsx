'use client';

import { useActionState } from 'react';
import { Field, TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { addNoteAction, grantComplimentaryAction, revokeGrantAction } from '@/features/members/actions';
import type { ActionState } from '@/lib/actions/action';

function Message({ state }: { state: ActionState }) {
  if (!state?.message) return null;
  return (
    <p className={state.ok ? 'form-message form-message--ok' : 'form-message'} role={state.ok ? 'status' : 'alert'}>
      {state.message}
    </p>
  );
}

export function GrantForm({ userId, minDate, defaultDate }: { userId: string; minDate: string; defaultDate: string }) {
  const [state, action] = useActionState(grantComplimentaryAction, null);
  return (
    <form action={action} className="form member-form" noValidate>
      <input type="hidden" name="userId" value={userId} />
      <Field
        id="grant-ends"
        name="endsOn"
        type="date"
        label="Last day"
        min={minDate}
        defaultValue={state?.values?.endsOn ?? defaultDate}
        required
        errors={state?.fieldErrors?.endsOn}
        hint="The membership lasts to the end of this day, newsroom time."
      />
      <Field
        id="grant-reason"
        name="reason"
        label="Reason"
        defaultValue={state?.values?.reason ?? ''}
        maxLength={500}
        required
        errors={state?.fieldErrors?.reason}
        hint="For colleagues: why this reader has it. The reader never sees it."
      />
      <SubmitButton pendingLabel="Granting…">Grant membership</SubmitButton>
      <Message state={state} />
    </form>
  );
}

/** "End now" while the grant runs; stays mounted after it ends so that its message can be read. */
export function RevokeGrantButton({ userId, grantId, running }: { userId: string; grantId: number; running: boolean }) {
  const [state, action] = useActionState(revokeGrantAction, null);
  if (!running && !state?.message) return null;
  return (
    <form action={action} className="inline-actions">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="grantId" value={grantId} />
      {running && (
        <SubmitButton pendingLabel="Ending…" className="button button--small">
          End now
        </SubmitButton>
      )}
      <Message state={state} />
    </form>
  );
}

export function NoteForm({ userId }: { userId: string }) {
  const [state, action] = useActionState(addNoteAction, null);
  return (
    <form action={action} className="form member-form" noValidate>
      <input type="hidden" name="userId" value={userId} />
      <TextAreaField
        id="note-body"
        name="body"
        label="New note"
        hint="Seen by editors and admins only. Write what helps serve the member; nothing they would not want kept."
        rows={3}
        defaultValue={state?.values?.body ?? ''}
        maxLength={2000}
        required
        errors={state?.fieldErrors?.body}
      />
      <SubmitButton pendingLabel="Saving…">Add note</SubmitButton>
      <Message state={state} />
    </form>
  );
}
