import { describe, expect, it } from 'vitest';
import { publishProblems, whyNotPublic } from './publish-checks';
import { emptySnapshot } from './snapshot';

describe('whyNotPublic', () => {
  it('says in one sentence what a story lacks before readers can see it', () => {
    const story = { ...emptySnapshot(), headline: 'Frost in Ararat', slug: 'frost-in-ararat' };
    expect(whyNotPublic(publishProblems(story))).toBe('it needs a section and a byline.');
    expect(whyNotPublic(publishProblems({ ...story, headline: '', leadImageUrl: '/media/1/800x600.jpg' }))).toBe(
      'it needs a headline, a section, a byline and alt text for the lead image.',
    );
    expect(whyNotPublic(publishProblems({ ...story, sectionId: 1, authorIds: [1] }))).toBe('');
  });

  it('asks an email-only issue for its newsletter, not for a section or a byline', () => {
    const issue = { ...emptySnapshot(), headline: 'This week in the hills', slug: 'this-week', emailOnly: true };
    expect(whyNotPublic(publishProblems(issue))).toBe('it needs a newsletter to send it to.');
    expect(publishProblems({ ...issue, newsletterId: 2 })).toEqual([]);
    // A story emailed at publication is on the site too, so it needs what every story needs.
    expect(whyNotPublic(publishProblems({ ...issue, emailOnly: false, newsletterId: 2 }))).toBe(
      'it needs a section and a byline.',
    );
  });

  it('keeps a problem that is not a missing piece as its own sentence', () => {
    expect(
      whyNotPublic([
        { field: 'sectionId', message: 'Choose a section before publishing.', need: 'a section' },
        { field: 'slug', message: 'The address is taken.' },
      ]),
    ).toBe('it needs a section. The address is taken.');
  });
});
