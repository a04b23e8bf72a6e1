import type { PublishProblem } from './publish-checks';
import type { ArticleSnapshot } from './snapshot';
import type { ArticleStatus, Transition } from './transitions';

/**
 * A story's email: the newsletter it goes to when it is published ("Publish and email to …"),
 * or, for an email-only issue, the newsletter it is an issue of. A sent email cannot be taken
 * back, so once it went out the choice is a record of what happened, not a setting.
 */
export type EmailChoice = Pick<ArticleSnapshot, 'newsletterId' | 'emailOnly'>;

export const sameEmailChoice = (a: EmailChoice, b: EmailChoice) =>
  a.newsletterId === b.newsletterId && a.emailOnly === b.emailOnly;

/**
 * Why this save may not change the email choice or do this to the story, or null. Once emailed,
 * the choice stays, and a sent email-only issue can be neither sent again nor unpublished (it
 * was never on the site). A story already live without an email keeps that: it was published,
 * and emailing it now would be a new decision the publish button does not make.
 */
export function emailChoiceProblem({
  status,
  emailed,
  current,
  next,
  transition,
}: {
  status: ArticleStatus;
  /** An issue of the story exists: it was emailed (or is being sent). */
  emailed: boolean;
  current: EmailChoice;
  next: EmailChoice;
  transition: Transition;
}): PublishProblem | null {
  const changed = !sameEmailChoice(current, next);
  if (emailed && changed)
    return {
      field: 'newsletterId',
      message: 'This story has been emailed; the newsletter it went to cannot be changed.',
    };
  if (emailed && current.emailOnly && ['publish', 'schedule', 'unpublish'].includes(transition.kind))
    return { field: 'emailOnly', message: 'This issue has been sent; it cannot be sent again or unpublished.' };
  if (!emailed && changed && status === 'published')
    return {
      field: 'newsletterId',
      message: 'This story is already published; its email can be chosen only before it goes live.',
    };
  return null;
}

/** The newsletter to send the story to as this save publishes it, or null: no email, or it went already. */
export function newsletterToSend({
  publishing,
  emailed,
  next,
}: {
  publishing: boolean;
  emailed: boolean;
  next: EmailChoice;
}): number | null {
  return publishing && !emailed ? next.newsletterId : null;
}
