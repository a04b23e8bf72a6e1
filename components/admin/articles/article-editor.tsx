'use client';

import Link from 'next/link';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  saveArticleAction,
  type ArticleConflict as Conflict,
  type ArticleFieldErrors as FieldErrors,
  type ArticleIntent,
} from '@/features/articles/actions';
import { BodyEditor } from '@/components/admin/editor/body-editor';
import { ImageUpload, uploadImageFile } from '@/components/admin/image-upload';
import { formatNewsroomClock } from '@/domain/articles/newsroom-time';
import { SEO_DESCRIPTION_MAX, SEO_TITLE_MAX, slugify, type ArticleSnapshot } from '@/domain/articles/snapshot';
import { AuthorPicker, TagPicker } from './pickers';
import { ConflictPanel } from './conflict-panel';

export type EditorArticle = {
  id: number;
  status: 'draft' | 'scheduled' | 'published';
  version: number;
  slug: string;
  publishedAt: string | null;
  editedAt: string;
  editedBy: string | null;
  submittedAt: string | null;
};

export type EditorOptions = {
  sections: { id: number; name: string }[];
  regions: { id: number; name: string }[];
  authors: { id: number; name: string }[];
  tagNames: string[];
};

type Props = {
  article: EditorArticle;
  initial: ArticleSnapshot;
  options: EditorOptions;
  canPublish: boolean;
  timeZone: string;
  siteName: string;
  siteUrl: string;
  /** Wall-clock "YYYY-MM-DDTHH:mm" in the newsroom's zone, the default for "Schedule". */
  suggestedScheduleAt: string;
  /** Set when the history page sent the editor back after a restore. */
  notice?: string;
};

type SaveState = 'saved' | 'dirty' | 'saving' | 'error' | 'conflict';

const AUTOSAVE_DELAY_MS = 1500;

/** Where each field a refusal names is typed, for the notice's links (the side panel is far below on a phone). */
const FIELD_INPUTS: Partial<Record<keyof FieldErrors, { label: string; inputId: string }>> = {
  headline: { label: 'Headline', inputId: 'headline' },
  body: { label: 'Text', inputId: 'body' },
  slug: { label: 'Address', inputId: 'slug' },
  sectionId: { label: 'Section', inputId: 'section' },
  authorIds: { label: 'Authors', inputId: 'authors-add' },
  leadImageAlt: { label: 'Lead image alt text', inputId: 'lead-alt' },
  scheduleAt: { label: 'Publish at', inputId: 'schedule-at' },
};
const backupKey = (id: number) => `ridgeline:article:${id}:unsaved`;

function when(iso: string, timeZone: string) {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/**
 * The article editor. Drafts save themselves a moment after typing stops; published and
 * scheduled stories change only when the editor presses Update. Every save names the version
 * it started from, so a save over someone else's newer work is refused and both are shown.
 * Unsaved work is also kept in this browser until the server has it.
 */
export function ArticleEditor({
  article,
  initial,
  options,
  canPublish,
  timeZone,
  siteName,
  siteUrl,
  suggestedScheduleAt,
  notice,
}: Props) {
  const [snapshot, setSnapshot] = useState<ArticleSnapshot>(initial);
  const [meta, setMeta] = useState(article);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [message, setMessage] = useState<string | null>(notice ?? null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [slugTouched, setSlugTouched] = useState(initial.slug !== '' && initial.slug !== slugify(initial.headline));
  const [scheduleAt, setScheduleAt] = useState(suggestedScheduleAt);
  const [bodyKey, setBodyKey] = useState(0);
  const [backup, setBackup] = useState<{ snapshot: ArticleSnapshot; at: string } | null>(null);
  const [busy, setBusy] = useState<ArticleIntent | 'restore' | null>(null);

  // The newest state, for saves that run after a timer or while another save is in flight.
  const latest = useRef({ snapshot, meta, saveState });
  const inFlight = useRef<Promise<void> | null>(null);
  const slugTouchedRef = useRef(slugTouched);
  useEffect(() => {
    latest.current = { snapshot, meta, saveState };
    slugTouchedRef.current = slugTouched;
  });
  const autosave = meta.status === 'draft';

  // Work this browser has that the server does not (a crash, a lost connection).
  useEffect(() => {
    try {
      const stored = window.localStorage.getItem(backupKey(article.id));
      if (!stored) return;
      const parsed = JSON.parse(stored) as { baseVersion: number; snapshot: ArticleSnapshot; at: string };
      if (parsed.baseVersion !== article.version || JSON.stringify(parsed.snapshot) === JSON.stringify(initial)) {
        window.localStorage.removeItem(backupKey(article.id));
        return;
      }
      // After hydration: the server cannot know what this browser kept.
      const offer = window.setTimeout(() => setBackup({ snapshot: parsed.snapshot, at: parsed.at }), 0);
      return () => window.clearTimeout(offer);
    } catch {
      // Unreadable backup: nothing to offer.
    }
  }, [article.id, article.version, initial]);

  // Leaving with unsaved changes asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (latest.current.saveState === 'saved') return;
      event.preventDefault();
      event.returnValue = '';
    };
    // Links inside the app navigate without unloading the page, so they ask too.
    const confirmLeave = (event: MouseEvent) => {
      if (
        latest.current.saveState === 'saved' ||
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey
      )
        return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank' || link.origin !== window.location.origin)
        return;
      if (link.pathname === window.location.pathname && link.search === window.location.search && link.hash) return;
      if (!window.confirm('This article has changes that are not saved yet. Leave anyway?')) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', warn);
    document.addEventListener('click', confirmLeave, true);
    return () => {
      window.removeEventListener('beforeunload', warn);
      document.removeEventListener('click', confirmLeave, true);
    };
  }, []);

  const send = useCallback(async (intent: ArticleIntent, extra: { scheduleAt?: string; baseVersion?: number } = {}) => {
    const { snapshot: current, meta: m } = latest.current;
    setSaveState('saving');
    if (intent !== 'save') setBusy(intent);
    let result: Awaited<ReturnType<typeof saveArticleAction>>;
    try {
      // A draft's address follows its headline until someone types one: the server then derives it and keeps it unique.
      const slug = slugTouchedRef.current || m.status !== 'draft' ? current.slug : '';
      result = await saveArticleAction({
        id: m.id,
        baseVersion: extra.baseVersion ?? m.version,
        intent,
        scheduleAt: extra.scheduleAt,
        snapshot: { ...current, slug },
      });
    } catch {
      result = {
        ok: false,
        message:
          'The server could not be reached. Your changes are kept in this browser; saving again when the connection is back.',
      };
    }
    setBusy(null);
    const changedSince = latest.current.snapshot !== current;
    if (result.ok) {
      const saved = result.data;
      setMeta((prev) => ({
        ...prev,
        version: saved.version,
        slug: saved.slug,
        status: saved.status,
        editedAt: saved.editedAt,
        publishedAt: saved.publishedAt,
        submittedAt: intent === 'submit' ? saved.editedAt : prev.submittedAt,
      }));
      // A draft that could not go public was still saved; what it lacks is shown at its fields.
      setFieldErrors(saved.notPublished ?? {});
      setConflict(null);
      // Show the address the server settled on (it keeps derived ones unique).
      if (!changedSince && !/^untitled-/.test(saved.slug) && current.slug !== saved.slug) {
        const settled = { ...current, slug: saved.slug };
        latest.current.snapshot = settled;
        setSnapshot(settled);
      }
      setMessage(intent === 'save' ? null : result.message);
      if (changedSince) setSaveState('dirty');
      else {
        setSaveState('saved');
        window.localStorage.removeItem(backupKey(m.id));
      }
      return;
    }
    if (result.data) {
      setConflict(result.data);
      setSaveState('conflict');
      setMessage(result.message);
      return;
    }
    setSaveState('error');
    setMessage(result.message);
    if (result.fieldErrors) setFieldErrors(result.fieldErrors);
  }, []);

  const save = useCallback(
    (intent: ArticleIntent = 'save', extra: { scheduleAt?: string; baseVersion?: number } = {}) => {
      const run = async () => {
        if (inFlight.current) await inFlight.current;
        await send(intent, extra);
      };
      const promise = run().finally(() => {
        if (inFlight.current === promise) inFlight.current = null;
      });
      inFlight.current = promise;
      return promise;
    },
    [send],
  );

  // Autosave for drafts: a moment after the last change, unless a conflict waits for a decision.
  useEffect(() => {
    if (!autosave || saveState !== 'dirty') return;
    const timer = window.setTimeout(() => void save('save'), AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [snapshot, saveState, autosave, save]);

  const update = useCallback(
    (patch: Partial<ArticleSnapshot>) => {
      setSnapshot((prev) => {
        const next = { ...prev, ...patch };
        if ('headline' in patch && !slugTouched)
          next.slug = meta.status === 'published' ? prev.slug : slugify(next.headline);
        try {
          window.localStorage.setItem(
            backupKey(meta.id),
            JSON.stringify({ baseVersion: meta.version, snapshot: next, at: new Date().toISOString() }),
          );
        } catch {
          // Storage full or disabled: the server copy is what counts.
        }
        return next;
      });
      setSaveState((s) => (s === 'conflict' ? s : 'dirty'));
    },
    [slugTouched, meta.id, meta.version, meta.status],
  );

  const replaceAll = (next: ArticleSnapshot, state: SaveState) => {
    setSnapshot(next);
    setBodyKey((k) => k + 1);
    setSaveState(state);
  };

  const keepMine = () => {
    if (!conflict) return;
    setConflict(null);
    setMeta((m) => ({ ...m, version: conflict.theirs.version }));
    void save('save', { baseVersion: conflict.theirs.version });
  };

  const takeTheirs = () => {
    if (!conflict) return;
    setMeta((m) => ({
      ...m,
      version: conflict.theirs.version,
      editedAt: conflict.theirs.editedAt,
      editedBy: conflict.theirs.editedBy,
    }));
    replaceAll(conflict.theirs.snapshot, 'saved');
    setConflict(null);
    setMessage('You now have their version. Your changes were discarded.');
    window.localStorage.removeItem(backupKey(meta.id));
  };

  const errorsFor = (field: keyof ArticleSnapshot | 'scheduleAt') => fieldErrors[field];
  const describedBy = (field: string, hint = false) =>
    [hint ? `${field}-hint` : null, fieldErrors[field as keyof FieldErrors]?.length ? `${field}-error` : null]
      .filter(Boolean)
      .join(' ') || undefined;

  const indicator = useMemo(() => {
    switch (saveState) {
      case 'saving':
        return 'Saving…';
      case 'dirty':
        return autosave ? 'Unsaved changes' : 'Unsaved changes: press Update to publish them';
      case 'error':
        return 'Not saved';
      case 'conflict':
        return 'Not saved: someone else saved first';
      default:
        return `Saved ${formatNewsroomClock(meta.editedAt, timeZone)}`;
    }
  }, [saveState, autosave, meta.editedAt, timeZone]);

  // A refusal is news even when the draft itself was saved.
  const messageIsAlert = saveState === 'error' || saveState === 'conflict' || Object.keys(fieldErrors).length > 0;
  const fieldLinks = (Object.keys(fieldErrors) as (keyof FieldErrors)[]).flatMap((field) =>
    fieldErrors[field]?.length && FIELD_INPUTS[field] ? [FIELD_INPUTS[field]] : [],
  );

  const seoTitle = snapshot.seoTitle || snapshot.headline || 'Untitled';
  const seoDescription = snapshot.seoDescription || snapshot.standfirst;
  const publicPath = `/articles/${snapshot.slug || meta.slug}`;

  return (
    <div className="article-editor">
      <div className="article-editor__status" role="status" aria-live="polite">
        <span className={`pill pill--${meta.status}`}>
          {meta.status === 'draft'
            ? meta.submittedAt
              ? 'Submitted for review'
              : 'Draft'
            : meta.status === 'scheduled'
              ? 'Scheduled'
              : 'Published'}
        </span>
        <span className={`save-indicator save-indicator--${saveState}`} data-testid="save-indicator">
          {indicator}
        </span>
        {meta.editedBy && saveState === 'saved' && <span className="article-editor__by">by {meta.editedBy}</span>}
      </div>

      {message && (
        <div className={`notice ${messageIsAlert ? 'notice--error' : ''}`} role={messageIsAlert ? 'alert' : undefined}>
          <p>{message}</p>
          {fieldLinks.length > 0 && (
            <div className="notice__fields">
              <span id="fields-to-fix">Go to</span>
              <ul aria-labelledby="fields-to-fix">
                {fieldLinks.map(({ label, inputId }) => (
                  <li key={inputId}>
                    <a
                      href={`#${inputId}`}
                      onClick={(event) => {
                        const input = document.getElementById(inputId);
                        if (!input) return;
                        event.preventDefault();
                        input.scrollIntoView({ block: 'center' });
                        input.focus({ preventScroll: true });
                      }}
                    >
                      {label}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}

      {backup && (
        <div className="notice" role="alert">
          <p>This browser kept changes to this article that were not saved ({when(backup.at, timeZone)}).</p>
          <div className="article-editor__row">
            <button
              type="button"
              className="button button--small button--primary"
              onClick={() => {
                replaceAll(backup.snapshot, 'dirty');
                setBackup(null);
              }}
            >
              Restore them
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                window.localStorage.removeItem(backupKey(meta.id));
                setBackup(null);
              }}
            >
              Discard them
            </button>
          </div>
        </div>
      )}

      {conflict && (
        <ConflictPanel
          changes={conflict.changes}
          theirs={conflict.theirs}
          timeZone={timeZone}
          onKeepMine={keepMine}
          onTakeTheirs={takeTheirs}
        />
      )}

      <div className="article-editor__grid">
        <div className="article-editor__main">
          <div className="field field--headline">
            <label htmlFor="headline">Headline</label>
            <textarea
              id="headline"
              rows={2}
              value={snapshot.headline}
              onChange={(e) => update({ headline: e.target.value.replace(/\n/g, ' ') })}
              aria-invalid={errorsFor('headline') ? true : undefined}
              aria-describedby={describedBy('headline')}
              placeholder="What happened, in a line"
            />
            <FieldError id="headline-error" errors={errorsFor('headline')} />
          </div>
          <div className="field field--standfirst">
            <label htmlFor="standfirst">Standfirst</label>
            <textarea
              id="standfirst"
              rows={3}
              value={snapshot.standfirst}
              onChange={(e) => update({ standfirst: e.target.value })}
              aria-invalid={errorsFor('standfirst') ? true : undefined}
              aria-describedby={describedBy('standfirst', true)}
            />
            <p id="standfirst-hint" className="field__hint">
              One or two sentences under the headline that say what the story is.
            </p>
            <FieldError id="standfirst-error" errors={errorsFor('standfirst')} />
          </div>
          <div className="field field--body">
            <BodyEditor
              key={bodyKey}
              id="body"
              label="Text"
              initialDoc={snapshot.body}
              onChange={(body) => update({ body })}
              uploadImage={uploadImageFile}
              describedBy={errorsFor('body') ? 'body-error' : undefined}
              invalid={Boolean(errorsFor('body'))}
            />
            <FieldError id="body-error" errors={errorsFor('body')} />
          </div>
        </div>

        <aside className="article-editor__side" aria-label="Publishing and details">
          <section className="editor-panel" aria-labelledby="publish-heading">
            <h2 id="publish-heading">Publishing</h2>
            {meta.status === 'published' && meta.publishedAt && (
              <p className="editor-panel__fact">
                Live since {when(meta.publishedAt, timeZone)}.{' '}
                <Link href={publicPath} target="_blank">
                  View on the site
                </Link>
              </p>
            )}
            {meta.status === 'scheduled' && meta.publishedAt && (
              <p className="editor-panel__fact">
                Goes live {when(meta.publishedAt, timeZone)} ({timeZone.split('/').pop()} time).
              </p>
            )}
            <div className="article-editor__buttons">
              {autosave ? (
                <button
                  type="button"
                  className="button"
                  onClick={() => void save('save')}
                  disabled={saveState === 'saving'}
                >
                  Save draft
                </button>
              ) : (
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => void save('save')}
                  disabled={saveState === 'saving' || saveState === 'saved'}
                >
                  Update
                </button>
              )}
              {canPublish && meta.status !== 'published' && (
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => void save('publish')}
                  disabled={busy !== null}
                >
                  {busy === 'publish' ? 'Publishing…' : 'Publish now'}
                </button>
              )}
              {canPublish && meta.status !== 'draft' && (
                <button
                  type="button"
                  className="button"
                  onClick={() => void save('unpublish')}
                  disabled={busy !== null}
                >
                  Unpublish
                </button>
              )}
              {!canPublish && meta.status === 'draft' && (
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => void save('submit')}
                  disabled={busy !== null}
                >
                  {meta.submittedAt ? 'Submit again' : 'Submit for review'}
                </button>
              )}
            </div>
            {!canPublish && <p className="field__hint">An editor reviews and publishes submitted stories.</p>}
            {canPublish && meta.status !== 'published' && (
              <div className="field">
                <label htmlFor="schedule-at">Publish at ({timeZone.split('/').pop()?.replace(/_/g, ' ')} time)</label>
                <div className="article-editor__row">
                  <input
                    id="schedule-at"
                    type="datetime-local"
                    value={scheduleAt}
                    onChange={(e) => setScheduleAt(e.target.value)}
                    aria-invalid={errorsFor('scheduleAt') ? true : undefined}
                    aria-describedby={describedBy('scheduleAt')}
                  />
                  <button
                    type="button"
                    className="button"
                    onClick={() => void save('schedule', { scheduleAt })}
                    disabled={busy !== null}
                  >
                    {meta.status === 'scheduled' ? 'Reschedule' : 'Schedule'}
                  </button>
                </div>
                <FieldError id="scheduleAt-error" errors={errorsFor('scheduleAt')} />
              </div>
            )}
            <p className="article-editor__links">
              <Link href={`/preview/articles/${meta.id}?as=reader`} target="_blank">
                Preview as a reader
              </Link>
              <Link href={`/preview/articles/${meta.id}?as=member`} target="_blank">
                Preview as a member
              </Link>
              <Link href={`/admin/articles/${meta.id}/history`}>History</Link>
            </p>
            <p className="field__hint">Previews show the last saved version.</p>
          </section>

          <section className="editor-panel" aria-labelledby="details-heading">
            <h2 id="details-heading">Details</h2>
            <div className="field">
              <label htmlFor="slug">Address</label>
              <div className="slug-field">
                <span aria-hidden="true">/articles/</span>
                <input
                  id="slug"
                  value={snapshot.slug}
                  onChange={(e) => {
                    setSlugTouched(true);
                    update({ slug: e.target.value.toLowerCase().replace(/\s+/g, '-') });
                  }}
                  aria-invalid={errorsFor('slug') ? true : undefined}
                  aria-describedby={describedBy('slug', true)}
                  spellCheck={false}
                />
              </div>
              <p id="slug-hint" className="field__hint">
                {meta.status === 'published'
                  ? 'Changing it keeps the old address working: readers are redirected.'
                  : slugTouched
                    ? 'Set by hand.'
                    : 'Follows the headline until you change it.'}
              </p>
              <FieldError id="slug-error" errors={errorsFor('slug')} />
            </div>
            <div className="field">
              <label htmlFor="section">Section</label>
              <select
                id="section"
                value={snapshot.sectionId ?? ''}
                onChange={(e) => update({ sectionId: e.target.value ? Number(e.target.value) : null })}
                aria-invalid={errorsFor('sectionId') ? true : undefined}
                aria-describedby={describedBy('sectionId')}
              >
                <option value="">Choose a section</option>
                {options.sections.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
              <FieldError id="sectionId-error" errors={errorsFor('sectionId')} />
            </div>
            <div className="field">
              <label htmlFor="region">Region</label>
              <select
                id="region"
                value={snapshot.regionId ?? ''}
                onChange={(e) => update({ regionId: e.target.value ? Number(e.target.value) : null })}
              >
                <option value="">No region</option>
                {options.regions.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </select>
            </div>
            <fieldset className="field">
              <legend>Who can read it</legend>
              <label className="choice">
                <input
                  type="radio"
                  name="access"
                  checked={snapshot.access === 'public'}
                  onChange={() => update({ access: 'public' })}
                />{' '}
                Everyone
              </label>
              <label className="choice">
                <input
                  type="radio"
                  name="access"
                  checked={snapshot.access === 'members'}
                  onChange={() => update({ access: 'members' })}
                />{' '}
                Members only (others see the opening and an invitation to join)
              </label>
            </fieldset>
            <AuthorPicker
              id="authors"
              authors={options.authors}
              value={snapshot.authorIds}
              onChange={(authorIds) => update({ authorIds })}
              errors={errorsFor('authorIds')}
            />
            <TagPicker
              suggestions={options.tagNames}
              value={snapshot.tags}
              onChange={(tags) => update({ tags })}
              errors={errorsFor('tags')}
            />
          </section>

          <section className="editor-panel" aria-labelledby="lead-image-heading">
            <h2 id="lead-image-heading">Lead image</h2>
            {snapshot.leadImageUrl ? (
              <figure className="lead-image-preview">
                {/* eslint-disable-next-line @next/next/no-img-element -- a preview of the upload, at its stored URL */}
                <img src={snapshot.leadImageUrl} alt={snapshot.leadImageAlt} />
                <button type="button" className="button button--small" onClick={() => update({ leadImageUrl: null })}>
                  Remove image
                </button>
              </figure>
            ) : null}
            <ImageUpload
              id="lead-image"
              label={snapshot.leadImageUrl ? 'Replace the lead image' : 'Add a lead image'}
              compact
              onUploaded={(image) => update({ leadImageUrl: image.src })}
            />
            <div className="field">
              <label htmlFor="lead-alt">Alt text</label>
              <input
                id="lead-alt"
                value={snapshot.leadImageAlt}
                onChange={(e) => update({ leadImageAlt: e.target.value })}
                aria-invalid={errorsFor('leadImageAlt') ? true : undefined}
                aria-describedby={describedBy('leadImageAlt', true)}
              />
              <p id="leadImageAlt-hint" className="field__hint">
                What the photo shows, for readers who cannot see it. Required to publish.
              </p>
              <FieldError id="leadImageAlt-error" errors={errorsFor('leadImageAlt')} />
            </div>
            <div className="field">
              <label htmlFor="lead-caption">Caption</label>
              <input
                id="lead-caption"
                value={snapshot.leadImageCaption}
                onChange={(e) => update({ leadImageCaption: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor="lead-credit">Credit</label>
              <input
                id="lead-credit"
                value={snapshot.leadImageCredit}
                onChange={(e) => update({ leadImageCredit: e.target.value })}
                placeholder="Photo: Name/Outlet"
              />
            </div>
          </section>

          <section className="editor-panel" aria-labelledby="note-heading">
            <h2 id="note-heading">Editor’s note</h2>
            <div className="field">
              <label htmlFor="editors-note">Shown above the text</label>
              <textarea
                id="editors-note"
                rows={2}
                value={snapshot.editorsNote}
                onChange={(e) => update({ editorsNote: e.target.value })}
                placeholder="This is a developing story."
                aria-describedby={describedBy('editorsNote')}
              />
              <FieldError id="editorsNote-error" errors={errorsFor('editorsNote')} />
            </div>
          </section>

          <section className="editor-panel" aria-labelledby="seo-heading">
            <h2 id="seo-heading">Search and sharing</h2>
            <div className="field">
              <label htmlFor="seo-title">SEO title</label>
              <input
                id="seo-title"
                value={snapshot.seoTitle}
                onChange={(e) => update({ seoTitle: e.target.value })}
                placeholder={snapshot.headline}
                aria-describedby="seo-title-count"
              />
              <Counter
                id="seo-title-count"
                length={seoTitle.length}
                max={SEO_TITLE_MAX}
                usingFallback={!snapshot.seoTitle}
                fallback="the headline"
              />
            </div>
            <div className="field">
              <label htmlFor="seo-description">SEO description</label>
              <textarea
                id="seo-description"
                rows={3}
                value={snapshot.seoDescription}
                onChange={(e) => update({ seoDescription: e.target.value })}
                placeholder={snapshot.standfirst}
                aria-describedby="seo-description-count"
              />
              <Counter
                id="seo-description-count"
                length={seoDescription.length}
                max={SEO_DESCRIPTION_MAX}
                usingFallback={!snapshot.seoDescription}
                fallback="the standfirst"
              />
            </div>
            <div className="serp-preview" aria-label="Search result preview">
              <p className="serp-preview__url">
                {siteUrl.replace(/^https?:\/\//, '')}
                {publicPath}
              </p>
              <p className="serp-preview__title">
                {seoTitle.length > SEO_TITLE_MAX + 10 ? `${seoTitle.slice(0, SEO_TITLE_MAX + 7)}…` : seoTitle} |{' '}
                {siteName}
              </p>
              <p className="serp-preview__description">
                {seoDescription.length > SEO_DESCRIPTION_MAX
                  ? `${seoDescription.slice(0, SEO_DESCRIPTION_MAX - 1)}…`
                  : seoDescription || 'Add a standfirst or description.'}
              </p>
            </div>
          </section>
        </aside>
      </div>
    </div>
  );
}

function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="field__error">
      {errors.join(' ')}
    </p>
  );
}

function Counter({
  id,
  length,
  max,
  usingFallback,
  fallback,
}: {
  id: string;
  length: number;
  max: number;
  usingFallback: boolean;
  fallback: string;
}) {
  const over = length > max;
  return (
    <p id={id} className={`field__hint counter ${over ? 'counter--over' : ''}`}>
      {length}/{max} characters{usingFallback ? ` (using ${fallback})` : ''}
      {over ? ': search engines will cut it' : ''}
    </p>
  );
}
