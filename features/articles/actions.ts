'use server';

import { forbidden, redirect } from 'next/navigation';
import { z } from 'zod';
import {
  createDraftArticle,
  createTranslationDraft,
  getArticleForEdit,
  type EditableArticle,
} from '@/db/queries/admin-articles';
import { DEFAULT_LOCALE } from '@/domain/i18n/locales';
import { localeSchema } from '@/domain/i18n/locale-schema';
import { writeArticle } from './service';
import type { FieldChange } from '@/domain/articles/diff';
import { whyNotPublic, type PublishProblem } from '@/domain/articles/publish-checks';
import { mayEditArticle } from '@/domain/articles/access';
import { zonedWallTimeToUtc } from '@/domain/articles/newsroom-time';
import { snapshotFieldsSchema, type ArticleSnapshot } from '@/domain/articles/snapshot';
import { can } from '@/domain/auth/permissions';
import { action, formAction, plainFormAction } from '@/lib/actions/action';
import type { ActionRefusal, SignedInViewer } from '@/lib/auth/viewer';
import { articleTags, invalidate } from '@/lib/cache/invalidate';
import { getNewsroom } from '@/lib/newsroom';
import { parseBodyDoc } from '@/domain/articles/body-doc-schema';
import { queueTestSend } from '@/lib/newsletters/sending';

export type ArticleIntent = 'save' | 'publish' | 'schedule' | 'unpublish' | 'submit';

export type ArticleFieldErrors = Partial<Record<keyof ArticleSnapshot | 'scheduleAt', string[]>>;

/** What a save settled on, for the editor to show. */
export type ArticleSaved = {
  version: number;
  slug: string;
  status: EditableArticle['status'];
  editedAt: string;
  publishedAt: string | null;
  /** Set when a draft was saved but not published or scheduled: what stopped it, by field. */
  notPublished?: ArticleFieldErrors;
  /** The issue the story was emailed as, once it was (this save or before). */
  issue?: EditorIssue | null;
};

/** An email that went out: the editor shows "Emailed to … on …" and links to the send's progress. */
export type EditorIssue = { id: number; newsletterId: number; newsletterName: string; sentAt: string };

/** Someone else saved first: their version, and how it differs from the one this save started from. */
export type ArticleConflict = {
  theirs: { version: number; editedAt: string; editedBy: string | null; snapshot: ArticleSnapshot };
  changes: FieldChange[];
};

/** The action wrapper's result, with a saved article's details and a conflict's versions. */
export type SaveArticleResult =
  | { ok: true; message: string; data: ArticleSaved; fieldErrors?: undefined; values?: undefined }
  | { ok: false; message: string; fieldErrors?: ArticleFieldErrors; data?: ArticleConflict; values?: undefined };

const NOT_UNDERSTOOD = (): SaveArticleResult => ({
  ok: false,
  message: 'That request was not understood. Reload the page and try again.',
});

const requestSchema = z.object({
  id: z.number().int().positive(),
  baseVersion: z.number().int().positive(),
  intent: z.enum(['save', 'publish', 'schedule', 'unpublish', 'submit']),
  /** Wall-clock time in the newsroom's zone, for `schedule`. */
  scheduleAt: z.string().optional(),
  snapshot: z.record(z.string(), z.unknown()),
});

/**
 * Who may write this article, and do this to it: contributors write and submit their own drafts;
 * editors and admins also publish, schedule, unpublish and edit stories that are live.
 */
function refusal(viewer: SignedInViewer, article: EditableArticle, intent: ArticleIntent | 'restore'): string | null {
  if (can(viewer.role, 'articles:publish')) return null;
  if (intent === 'publish' || intent === 'schedule' || intent === 'unpublish')
    return 'Only editors can publish, schedule or unpublish. Submit the story for review instead.';
  if (mayEditArticle(viewer, article)) return null;
  return article.status !== 'draft'
    ? 'This story is published or scheduled; only editors can change it now.'
    : 'Contributors can edit only the drafts they started.';
}

function parseSnapshot(
  input: Record<string, unknown>,
):
  | { ok: true; snapshot: ArticleSnapshot }
  | { ok: false; fieldErrors: Partial<Record<keyof ArticleSnapshot, string[]>> } {
  const fields = snapshotFieldsSchema.safeParse(input);
  const body = parseBodyDoc(input.body);
  if (!fields.success || !body.ok) {
    const fieldErrors: Partial<Record<keyof ArticleSnapshot, string[]>> = fields.success
      ? {}
      : z.flattenError(fields.error).fieldErrors;
    if (!body.ok) fieldErrors.body = [body.message];
    return { ok: false, fieldErrors };
  }
  return { ok: true, snapshot: { ...fields.data, body: body.doc } };
}

const SUCCESS: Record<ArticleIntent | 'restore', string> = {
  save: 'Saved',
  publish: 'Published',
  schedule: 'Scheduled',
  unpublish: 'Unpublished: readers no longer see it',
  submit: 'Submitted for review',
  restore: 'Restored',
};

/** Saves the editor's state, and publishes, schedules, unpublishes or submits it when asked. */
export const saveArticleAction = action({
  permission: 'articles:write',
  input: requestSchema,
  invalid: NOT_UNDERSTOOD,
  run: async ({ viewer, input }): Promise<SaveArticleResult> => {
    const { id, baseVersion, intent, scheduleAt } = input;

    const article = await getArticleForEdit({ id });
    if (!article) return { ok: false, message: 'This article no longer exists.' };
    const refused = refusal(viewer, article, intent);
    if (refused) return { ok: false, message: refused };

    const parsed = parseSnapshot(input.snapshot);
    if (!parsed.ok)
      return { ok: false, message: 'Some fields need attention; nothing was lost.', fieldErrors: parsed.fieldErrors };

    let at: Date | null = null;
    let badTime: { message: string; field: string } | null = null;
    if (intent === 'schedule') {
      at = scheduleAt ? zonedWallTimeToUtc(scheduleAt, getNewsroom().timeZone) : null;
      if (!at) badTime = { message: 'Choose the date and time to publish.', field: 'Choose a date and time.' };
      else if (at.getTime() < Date.now() + 5_000)
        badTime = {
          message: 'That time has passed. Choose a later one, or publish now.',
          field: 'That time has passed.',
        };
      // A scheduled story keeps its time and text; a draft is still saved (below), as a draft.
      if (badTime && article.status !== 'draft')
        return { ok: false, message: badTime.message, fieldErrors: { scheduleAt: [badTime.field] } };
    }

    const outcome = await writeArticle({
      id,
      baseVersion,
      snapshot: parsed.snapshot,
      userId: viewer.userId,
      transition:
        intent === 'schedule' ? (at && !badTime ? { kind: 'schedule', at } : { kind: 'save' }) : { kind: intent },
    });
    const result = afterWrite(outcome, intent, article);
    if (!result.ok || !badTime) return result;
    return {
      ...result,
      message: `Saved as a draft. Not scheduled: ${badTime.message}`,
      data: { ...result.data, notPublished: { scheduleAt: [badTime.field] } },
    };
  },
});

const restoreSchema = z.object({
  id: z.number().int().positive(),
  baseVersion: z.number().int().positive(),
  revisionId: z.number().int().positive(),
});

/** Makes an earlier revision the current text; what was there is kept in the history first. */
export const restoreRevisionAction = action({
  permission: 'articles:write',
  input: restoreSchema,
  invalid: NOT_UNDERSTOOD,
  run: async ({ viewer, input }): Promise<SaveArticleResult> => {
    const article = await getArticleForEdit({ id: input.id });
    if (!article) return { ok: false, message: 'This article no longer exists.' };
    const refused = refusal(viewer, article, 'restore');
    if (refused) return { ok: false, message: refused };
    const outcome = await writeArticle({
      id: article.id,
      baseVersion: input.baseVersion,
      snapshot: article.snapshot,
      userId: viewer.userId,
      transition: { kind: 'restore', revisionId: input.revisionId },
    });
    return afterWrite(outcome, 'restore', article);
  },
});

function afterWrite(
  outcome: Awaited<ReturnType<typeof writeArticle>>,
  intent: ArticleIntent | 'restore',
  before: EditableArticle,
): SaveArticleResult {
  if (!outcome.ok) {
    if (outcome.reason === 'missing') return { ok: false, message: 'This article or revision no longer exists.' };
    if (outcome.reason === 'conflict') {
      const who = outcome.theirs.editedBy ?? 'Someone';
      return {
        ok: false,
        message: `${who} saved this article while you were editing. Your changes are not saved yet: compare the two versions, then keep yours or take theirs.`,
        data: {
          theirs: { ...outcome.theirs, editedAt: outcome.theirs.editedAt.toISOString() },
          changes: outcome.changes,
        },
      };
    }
    return { ok: false, message: notSavedMessage(outcome.problems, before), fieldErrors: byField(outcome.problems) };
  }
  // Readers' pages change only when the story is, was, or becomes public.
  if (outcome.wasPublic || outcome.status === 'published' || before.status !== 'draft')
    invalidate(...articleTags([outcome.slug, outcome.oldSlug, before.slug]));
  const { issue } = outcome;
  const saved: ArticleSaved = {
    version: outcome.version,
    slug: outcome.slug,
    status: outcome.status,
    editedAt: outcome.editedAt.toISOString(),
    publishedAt: outcome.publishedAt?.toISOString() ?? null,
    issue: issue && { ...issue, sentAt: issue.sentAt.toISOString() },
  };
  if (outcome.emailedNow && issue) {
    const done = outcome.emailOnly ? 'Sending' : 'Published, and emailing it';
    return { ok: true, message: `${done} to ${issue.newsletterName}`, data: saved };
  }
  if (!outcome.stillNeeds.length) return { ok: true, message: SUCCESS[intent], data: saved };
  return {
    ok: true,
    message: `Saved as a draft. Not ${intent === 'schedule' ? 'scheduled' : 'published'}: ${whyNotPublic(outcome.stillNeeds)}`,
    data: { ...saved, notPublished: byField(outcome.stillNeeds) },
  };
}

function byField(problems: PublishProblem[]): ArticleFieldErrors {
  const fieldErrors: ArticleFieldErrors = {};
  for (const problem of problems) (fieldErrors[problem.field] ??= []).push(problem.message);
  return fieldErrors;
}

/**
 * A live or scheduled story that is not ready is not saved at all (readers keep what they
 * have; there is no separate working copy to put the changes in), so the sentence says where
 * the changes are instead.
 */
function notSavedMessage(problems: PublishProblem[], before: EditableArticle): string {
  const why = whyNotPublic(problems);
  if (before.status === 'published')
    return `Not updated: ${why} Readers still see the published version; your changes are kept only in this browser until you fix that and press Update.`;
  if (before.status === 'scheduled')
    return `Not updated: ${why} The story stays scheduled as it was; your changes are kept only in this browser until you fix that and press Update.`;
  return `Not saved: ${why}`;
}

const testSendSchema = z.object({
  id: z.coerce.number().int().positive(),
  version: z.enum(['member', 'free']),
});

export type TestSendResult = { ok: true; message: string } | { ok: false; message: string };

/**
 * "Send a test to me": the article's last saved version, as the newsletter chosen for it would
 * send it to a member or a free subscriber, to the signed-in staff member's own address only.
 */
export const sendTestIssueAction = formAction({
  permission: 'articles:write',
  input: testSendSchema,
  invalid: (): TestSendResult => ({ ok: false, message: 'That request was not understood. Reload the page.' }),
  run: async ({ viewer, input }): Promise<TestSendResult> => {
    const article = await getArticleForEdit({ id: input.id });
    if (!article) return { ok: false, message: 'This article no longer exists.' };
    if (!mayEditArticle(viewer, article))
      return { ok: false, message: 'Contributors can send tests only of the drafts they started.' };
    const { newsletterId } = article.snapshot;
    if (newsletterId === null)
      return {
        ok: false,
        message: 'Choose a newsletter in the editor’s Email panel first; it is saved with the story.',
      };
    await queueTestSend({ articleId: article.id, newsletterId, userId: viewer.userId, version: input.version });
    return { ok: true, message: `A test is on its way to ${viewer.email}.` };
  },
});

/** Sign in first; a signed-in reader without the permission gets a 403. */
function refusedDraft(refusal: ActionRefusal): never {
  if (refusal.status === 401) redirect('/signin?callbackUrl=/admin/articles');
  forbidden();
}

const language = localeSchema;

/** Starts a new draft, in the edition the form names (the default one otherwise), and opens it. */
export const createArticleAction = plainFormAction({
  permission: 'articles:write',
  input: z.object({ language: language.catch(DEFAULT_LOCALE) }),
  refused: refusedDraft,
  run: async ({ viewer, input }) => {
    const id = await createDraftArticle({ userId: viewer.userId, language: input.language });
    redirect(`/admin/articles/${id}`);
  },
});

/**
 * "Translate": opens the story's counterpart in another language, starting it as a linked draft
 * when there is none. Whoever may open the story (or anyone who writes, for a published one) may
 * translate it; the draft is theirs.
 */
export const translateArticleAction = plainFormAction({
  permission: 'articles:write',
  input: z.object({ articleId: z.coerce.number().int().positive(), language }),
  refused: refusedDraft,
  run: async ({ viewer, input }) => {
    const original = await getArticleForEdit({ id: input.articleId });
    if (!original) redirect('/admin/articles');
    if (original.status !== 'published' && !mayEditArticle(viewer, original)) forbidden();
    const result = await createTranslationDraft({
      originalId: input.articleId,
      language: input.language,
      userId: viewer.userId,
    });
    if (result.outcome === 'unknown') redirect('/admin/articles');
    redirect(`/admin/articles/${'id' in result ? result.id : input.articleId}`);
  },
});
