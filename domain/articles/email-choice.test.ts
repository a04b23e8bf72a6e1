import { describe, expect, it } from 'vitest';
import { emailChoiceProblem, newsletterToSend } from './email-choice';

const none = { newsletterId: null, emailOnly: false };
const weekly = { newsletterId: 2, emailOnly: false };
const issue = { newsletterId: 2, emailOnly: true };
const save = { kind: 'save' } as const;

describe('a story’s email', () => {
  it('may be chosen and changed while the story is a draft or scheduled', () => {
    for (const status of ['draft', 'scheduled'] as const) {
      expect(emailChoiceProblem({ status, emailed: false, current: none, next: issue, transition: save })).toBeNull();
      expect(emailChoiceProblem({ status, emailed: false, current: weekly, next: none, transition: save })).toBeNull();
    }
  });

  it('cannot be changed once it went out, whatever the story’s state', () => {
    for (const status of ['draft', 'scheduled', 'published'] as const)
      expect(
        emailChoiceProblem({
          status,
          emailed: true,
          current: weekly,
          next: { ...weekly, newsletterId: 1 },
          transition: save,
        }),
      ).toMatchObject({ field: 'newsletterId' });
    expect(
      emailChoiceProblem({ status: 'published', emailed: true, current: weekly, next: weekly, transition: save }),
    ).toBeNull();
  });

  it('is not offered for a story already live without one', () => {
    expect(
      emailChoiceProblem({ status: 'published', emailed: false, current: none, next: weekly, transition: save }),
    ).toMatchObject({ field: 'newsletterId' });
  });

  it('keeps a sent email-only issue from being sent again or unpublished, and lets an emailed article be', () => {
    for (const kind of ['publish', 'unpublish'] as const)
      expect(
        emailChoiceProblem({ status: 'published', emailed: true, current: issue, next: issue, transition: { kind } }),
      ).toMatchObject({ field: 'emailOnly' });
    expect(
      emailChoiceProblem({
        status: 'published',
        emailed: true,
        current: weekly,
        next: weekly,
        transition: { kind: 'unpublish' },
      }),
    ).toBeNull();
  });

  it('is sent by the save that publishes the story, and only if it has not gone already', () => {
    expect(newsletterToSend({ publishing: true, emailed: false, next: weekly })).toBe(2);
    expect(newsletterToSend({ publishing: true, emailed: true, next: weekly })).toBeNull();
    expect(newsletterToSend({ publishing: false, emailed: false, next: weekly })).toBeNull();
    expect(newsletterToSend({ publishing: true, emailed: false, next: none })).toBeNull();
  });
});
