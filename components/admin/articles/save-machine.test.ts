// @vitest-environment happy-dom
// The save machine as a pure reducer: edits, save answers, conflicts and the backup offer.
import { describe, expect, it } from 'vitest';
import { saveReducer, type SaveEvent } from './save-machine';
import { autosaveDue, hasUnsavedWork, initialSaveState, saveIndicator, slugToSend, type SaveState } from './save-state';
import { accepted, conflicted, draft, snapshot, theirVersion } from './save-test-data';

const run = (state: SaveState, ...events: SaveEvent[]) => events.reduce(saveReducer, state);
const fresh = (over: Parameters<typeof draft>[0] = {}) => initialSaveState(draft(over), snapshot);
/** Starts a save of what the state holds now; returns the state and the snapshot the save sent. */
const start = (state: SaveState, intent: 'save' | 'publish' = 'save') => ({
  state: saveReducer(state, { type: 'saveStarted', intent }),
  sent: state.snapshot,
});

describe('editing', () => {
  it('marks the article dirty and due an autosave, and lets a draft’s address follow its headline', () => {
    const state = run(initialSaveState(draft(), { ...snapshot, slug: '' }), {
      type: 'edited',
      patch: { headline: 'Talks stall in Tbilisi' },
    });
    expect(state.status).toBe('dirty');
    expect(autosaveDue(state)).toBe(true);
    expect(hasUnsavedWork(state)).toBe(true);
    expect(state.snapshot.slug).toBe('talks-stall-in-tbilisi');
    // Until someone types an address, a draft sends none: the server derives a unique one.
    expect(slugToSend(state)).toBe('');
  });

  it('keeps an address typed by hand, and a published story’s address, when the headline changes', () => {
    const typed = run(
      fresh(),
      { type: 'slugTyped', slug: 'my-address' },
      { type: 'edited', patch: { headline: 'New' } },
    );
    expect(typed.snapshot.slug).toBe('my-address');
    expect(slugToSend(typed)).toBe('my-address');
    const live = run(fresh({ status: 'published' }), { type: 'edited', patch: { headline: 'New' } });
    expect(live.snapshot.slug).toBe('talks-resume-in-yerevan');
    expect(autosaveDue(live)).toBe(false);
    expect(saveIndicator(live, 'Asia/Tbilisi')).toBe('Unsaved changes: press Update to publish them');
  });

  it('starts with an address set by hand when it differs from the headline’s', () => {
    expect(initialSaveState(draft(), snapshot).slugTouched).toBe(false);
    expect(initialSaveState(draft(), { ...snapshot, slug: 'hand-made' }).slugTouched).toBe(true);
  });
});

describe('a save’s answer', () => {
  it('marks an accepted save saved, with the version and time the server settled on', () => {
    const { state, sent } = start(run(fresh(), { type: 'edited', patch: { standfirst: 'New' } }));
    expect(state.status).toBe('saving');
    expect(saveIndicator(state, 'Asia/Tbilisi')).toBe('Saving…');
    const done = saveReducer(state, { type: 'saveFinished', intent: 'save', sent, result: accepted(4) });
    expect(done.status).toBe('saved');
    expect(done.meta.version).toBe(4);
    expect(hasUnsavedWork(done)).toBe(false);
    expect(saveIndicator(done, 'Asia/Tbilisi')).toBe('Saved 14:21');
  });

  it('stays dirty when typing went on during the save, and keeps that typing', () => {
    const { state, sent } = start(run(fresh(), { type: 'edited', patch: { standfirst: 'One' } }));
    const typed = saveReducer(state, { type: 'edited', patch: { standfirst: 'One, two' } });
    const done = saveReducer(typed, {
      type: 'saveFinished',
      intent: 'save',
      sent,
      result: accepted(4, { slug: 'x-1' }),
    });
    expect(done.status).toBe('dirty');
    expect(autosaveDue(done)).toBe(true);
    expect(done.snapshot.standfirst).toBe('One, two');
    expect(done.snapshot.slug).toBe('talks-resume-in-yerevan');
    expect(done.meta.version).toBe(4);
  });

  it('shows the address the server settled on, but not a placeholder one', () => {
    const { state, sent } = start(run(fresh(), { type: 'edited', patch: { standfirst: 'New' } }));
    const settled = accepted(4, { slug: 'talks-resume-in-yerevan-2' });
    expect(saveReducer(state, { type: 'saveFinished', intent: 'save', sent, result: settled }).snapshot.slug).toBe(
      'talks-resume-in-yerevan-2',
    );
    const untitled = accepted(4, { slug: 'untitled-7' });
    expect(saveReducer(state, { type: 'saveFinished', intent: 'save', sent, result: untitled }).snapshot.slug).toBe(
      'talks-resume-in-yerevan',
    );
  });

  it('surfaces a conflict with their version, and a conflict is not autosaved away by more typing', () => {
    const { state, sent } = start(run(fresh(), { type: 'edited', patch: { standfirst: 'Mine' } }));
    const refused = saveReducer(state, { type: 'saveFinished', intent: 'save', sent, result: conflicted(9) });
    expect(refused.status).toBe('conflict');
    expect(refused.conflict?.theirs.version).toBe(9);
    expect(refused.message).toBe('Levan saved this article while you were editing.');
    expect(saveIndicator(refused, 'Asia/Tbilisi')).toBe('Not saved: someone else saved first');
    const typed = saveReducer(refused, { type: 'edited', patch: { standfirst: 'Mine, still' } });
    expect(typed.status).toBe('conflict');
    expect(autosaveDue(typed)).toBe(false);
  });

  it('marks a refusal as an error with its reasons at their fields, and the busy button free again', () => {
    const { state, sent } = start(run(fresh(), { type: 'edited', patch: { sectionId: null } }), 'publish');
    expect(state.busy).toBe('publish');
    const result = { ok: false as const, message: 'Not published.', fieldErrors: { sectionId: ['Choose a section.'] } };
    const refused = saveReducer(state, { type: 'saveFinished', intent: 'publish', sent, result });
    expect(refused.status).toBe('error');
    expect(refused.busy).toBeNull();
    expect(refused.fieldErrors).toEqual({ sectionId: ['Choose a section.'] });
    expect(autosaveDue(refused)).toBe(false);
    expect(saveIndicator(refused, 'Asia/Tbilisi')).toBe('Not saved');
  });

  it('keeps what stopped a publish at its fields when the draft itself was saved', () => {
    const { state, sent } = start(fresh(), 'publish');
    const result = accepted(4, { notPublished: { authorIds: ['Add an author.'] } }, 'Saved as a draft. Not published.');
    const done = saveReducer(state, { type: 'saveFinished', intent: 'publish', sent, result });
    expect(done.status).toBe('saved');
    expect(done.fieldErrors).toEqual({ authorIds: ['Add an author.'] });
    expect(done.message).toBe('Saved as a draft. Not published.');
  });
});

describe('choices', () => {
  const inConflict = () => {
    const { state, sent } = start(run(fresh(), { type: 'edited', patch: { headline: 'Mine' } }));
    return saveReducer(state, { type: 'saveFinished', intent: 'save', sent, result: conflicted(9) });
  };

  it('keeping mine builds on their version and keeps my text', () => {
    const kept = saveReducer(inConflict(), { type: 'keptMine' });
    expect(kept.conflict).toBeNull();
    expect(kept.meta.version).toBe(9);
    expect(kept.snapshot.headline).toBe('Mine');
  });

  it('taking theirs replaces my text with theirs, saved, and restarts the body editor', () => {
    const took = saveReducer(inConflict(), { type: 'tookTheirs' });
    expect(took.snapshot).toEqual(theirVersion(9).theirs.snapshot);
    expect(took.status).toBe('saved');
    expect(took.meta).toMatchObject({ version: 9, editedBy: 'Levan', editedAt: '2025-03-04T10:22:00Z' });
    expect(took.replacements).toBe(1);
    expect(took.message).toBe('You now have their version. Your changes were discarded.');
  });

  it('restoring the browser’s backup brings its text back as unsaved work', () => {
    const offer = { snapshot: { ...snapshot, headline: 'Kept' }, at: '2025-03-04T08:00:00Z' };
    const offered = saveReducer(fresh(), { type: 'backupFound', offer });
    expect(offered.backup).toEqual(offer);
    const restored = saveReducer(offered, { type: 'backupRestored' });
    expect(restored.snapshot.headline).toBe('Kept');
    expect(restored.status).toBe('dirty');
    expect(restored.backup).toBeNull();
    expect(restored.replacements).toBe(1);
    const discarded = saveReducer(offered, { type: 'backupDiscarded' });
    expect(discarded.backup).toBeNull();
    expect(discarded.snapshot).toBe(snapshot);
  });
});

describe('an email that went out', () => {
  const issue = { id: 31, newsletterId: 2, newsletterName: 'Ridgeline Weekly', sentAt: '2025-03-04T10:21:00Z' };

  it('is kept once the publish that sent it answers, and through later saves that do not name it', () => {
    const chosen = run(fresh(), { type: 'edited', patch: { newsletterId: 2, emailOnly: true } });
    const { state, sent } = start(chosen, 'publish');
    const published = saveReducer(state, {
      type: 'saveFinished',
      intent: 'publish',
      sent,
      result: accepted(
        4,
        { status: 'published', publishedAt: '2025-03-04T10:21:00Z', issue },
        'Sending to Ridgeline Weekly',
      ),
    });
    expect(published.meta).toMatchObject({ status: 'published', issue });
    expect(published.message).toBe('Sending to Ridgeline Weekly');
    const later = start(published);
    const saved = saveReducer(later.state, {
      type: 'saveFinished',
      intent: 'save',
      sent: later.sent,
      result: accepted(5),
    });
    expect(saved.meta.issue).toEqual(issue);
  });
});
