import { describe, expect, it } from 'vitest';
import type { ArticleSnapshot } from './snapshot';
import { addressTaken, planTransition, type ArticleState, type Transition } from './transitions';

const now = new Date('2026-05-01T09:00:00Z');
const earlier = new Date('2026-04-01T09:00:00Z');
const later = new Date('2026-05-02T07:00:00Z');

const ready: ArticleSnapshot = {
  headline: 'Talks resume in Yerevan',
  standfirst: 'Both delegations met for the first time since spring.',
  slug: 'talks-resume-in-yerevan',
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The talks resumed.' }] }] },
  sectionId: 1,
  regionId: null,
  access: 'public',
  opensToAll: null,
  authorIds: [1],
  tags: [],
  leadImageUrl: '',
  leadImageAlt: '',
  leadImageCaption: '',
  leadImageCredit: '',
  editorsNote: '',
  seoTitle: '',
  seoDescription: '',
  newsletterId: null,
  emailOnly: false,
};
const draft: ArticleState = {
  status: 'draft',
  publishedAt: null,
  updatedAt: null,
  submittedAt: null,
  opensToAllAt: null,
};
const published: ArticleState = {
  status: 'published',
  publishedAt: earlier,
  updatedAt: null,
  submittedAt: null,
  opensToAllAt: null,
};

const plan = (current: ArticleState, transition: Transition, next: ArticleSnapshot = ready) =>
  planTransition({ current, currentContents: ready, next, transition, now });

describe('the workflow of one story', () => {
  it('publishes a ready draft now, with a publish revision', () => {
    const result = plan(draft, { kind: 'publish' });
    expect(result).toMatchObject({ ok: true, state: { status: 'published', publishedAt: now }, revision: 'publish' });
  });

  it('keeps a draft that is not ready as a draft, saying what it needs', () => {
    const result = plan(draft, { kind: 'publish' }, { ...ready, sectionId: null });
    expect(result.ok && result.state.status).toBe('draft');
    expect(result.ok && result.effective).toEqual({ kind: 'save' });
    expect(result.ok && result.stillNeeds.map((p) => p.field)).toEqual(['sectionId']);
    expect(result.ok && result.revision).toBeNull();
  });

  it('refuses to save a published story that is no longer ready, so readers keep what they have', () => {
    expect(plan(published, { kind: 'save' }, { ...ready, headline: '' })).toMatchObject({
      ok: false,
      problems: [{ field: 'headline' }],
    });
  });

  it('schedules for the chosen time', () => {
    expect(plan(draft, { kind: 'schedule', at: later })).toMatchObject({
      ok: true,
      state: { status: 'scheduled', publishedAt: later },
      revision: 'schedule',
    });
  });

  it('brings an unpublished story back under its first date, marked updated', () => {
    const unpublished: ArticleState = { ...draft, publishedAt: earlier };
    expect(plan(unpublished, { kind: 'publish' })).toMatchObject({
      state: { status: 'published', publishedAt: earlier, updatedAt: now },
    });
  });

  it('marks a published story updated when its text changes, not when only its tags do', () => {
    const retold = plan(published, { kind: 'save' }, { ...ready, standfirst: 'A correction.' });
    expect(retold).toMatchObject({ ok: true, wasPublic: true, state: { updatedAt: now }, revision: 'save' });
    const retagged = plan(published, { kind: 'save' }, { ...ready, tags: ['diplomacy'] });
    expect(retagged).toMatchObject({ ok: true, state: { updatedAt: null }, revision: 'save' });
  });

  it('keeps no revision for a draft saved, and stamps a submission', () => {
    expect(plan(draft, { kind: 'save' })).toMatchObject({ ok: true, revision: null, state: { submittedAt: null } });
    expect(plan(draft, { kind: 'submit' })).toMatchObject({ ok: true, revision: null, state: { submittedAt: now } });
    expect(plan({ ...draft, submittedAt: earlier }, { kind: 'publish' })).toMatchObject({
      state: { submittedAt: null },
    });
  });

  it('takes a story down as a draft, with an unpublish revision', () => {
    expect(plan(published, { kind: 'unpublish' })).toMatchObject({
      ok: true,
      state: { status: 'draft', publishedAt: earlier },
      revision: 'unpublish',
    });
  });

  it('names who holds an address already', () => {
    expect(addressTaken('talks', { headline: '', oldAddress: true }).message).toBe(
      'The address /articles/talks is taken by “an untitled draft (its old address)”. Choose another.',
    );
  });
});
