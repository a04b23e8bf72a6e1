'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { restoreRevisionAction } from '@/features/articles/actions';

/** Restores one revision, after a confirmation that says what it does to a live story. */
export function RestoreButton({
  articleId,
  baseVersion,
  revisionId,
  published,
}: {
  articleId: number;
  baseVersion: number;
  revisionId: number;
  published: boolean;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const restore = () => {
    const question = published
      ? 'Restore this version? Readers will see it at once. The current version stays in the history.'
      : 'Restore this version as the current draft? The current draft stays in the history.';
    if (!window.confirm(question)) return;
    startTransition(async () => {
      const result = await restoreRevisionAction({ id: articleId, baseVersion, revisionId });
      if (result.ok) router.push(`/admin/articles/${articleId}?restored=1`);
      else
        setMessage(
          result.data ? 'Someone saved this article a moment ago. Reload the history and try again.' : result.message,
        );
    });
  };
  return (
    <div className="revision__restore">
      <button type="button" className="button button--small" onClick={restore} disabled={pending}>
        {pending ? 'Restoring…' : 'Restore this version'}
      </button>
      {message && (
        <p className="field__error" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
