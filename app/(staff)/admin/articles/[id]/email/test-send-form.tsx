'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/submit-button';
import { sendTestIssueAction } from '@/features/articles/actions';

/** "Send a test to me": the version shown, to the signed-in staff member's own address. */
export function TestSendForm({ articleId, version }: { articleId: number; version: 'member' | 'free' }) {
  const [state, action] = useActionState(sendTestIssueAction, null);
  return (
    <form action={action} className="email-preview__test">
      <input type="hidden" name="id" value={articleId} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton className="button" pendingLabel="Sending a test…">
        Send a test to me
      </SubmitButton>
      {state?.message && (
        <p className={state.ok ? 'form-message form-message--ok' : 'form-message'} role={state.ok ? 'status' : 'alert'}>
          {state.message}
        </p>
      )}
    </form>
  );
}
