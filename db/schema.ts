import { relations, sql, type SQL } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { ROLES } from '@/domain/auth/permissions';
import { ARTICLE_STATUSES } from '@/domain/articles/transitions';
import {
  CANCELLATION_REASONS,
  DONATION_PURPOSES,
  GIFT_SOURCES,
  POOL_REQUEST_STATUSES,
} from '@/domain/membership/giving';
import { MEMBERSHIP_STATUSES } from '@/domain/membership/statuses';
import {
  DELIVERY_STATUSES,
  ISSUE_SEND_STATUSES,
  NEWSLETTER_AUDIENCES,
  SUBSCRIPTION_STATUSES,
  type Weekday,
} from '@/domain/newsletters/newsletters';
import type { BodyDoc } from '@/domain/articles/body-doc';
import type { Locale, Translations } from '@/domain/i18n/locales';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
/** A Postgres text-search configuration ('english', 'russian'): domain/i18n/locales.ts names them. */
const regconfig = customType<{ data: string }>({ dataType: () => 'regconfig' });

/** Names and text in the other editions' languages (domain/i18n/locales.ts translated()). */
const translationsOf = <T>() =>
  jsonb('translations')
    .$type<Translations<T>>()
    .notNull()
    .default(sql`'{}'::jsonb`);

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const articleStatus = pgEnum('article_status', ARTICLE_STATUSES);
export const articleAccess = pgEnum('article_access', ['public', 'members']);

export const sections = pgTable('sections', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  position: integer('position').notNull().default(0),
  translations: translationsOf<{ name: string; description: string }>(),
});

export const regions = pgTable('regions', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  position: integer('position').notNull().default(0),
  translations: translationsOf<{ name: string }>(),
});

export const authors = pgTable('authors', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  role: text('role').notNull().default(''),
  bio: text('bio').notNull().default(''),
  photoUrl: text('photo_url'),
  createdAt: createdAt(),
  translations: translationsOf<{ name: string; role: string; bio: string }>(),
});

export const tags = pgTable('tags', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  translations: translationsOf<{ name: string }>(),
});

export const articles = pgTable(
  'articles',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    headline: text('headline').notNull(),
    standfirst: text('standfirst').notNull().default(''),
    /** The rich-text body as the editor writes it (ProseMirror/Tiptap JSON). */
    body: jsonb('body').$type<BodyDoc>().notNull(),
    /** Plain text of the body, derived on every write; feeds full-text search. */
    bodyText: text('body_text').notNull().default(''),
    /**
     * Plain text of the preview a non-member sees of a members-only story (domain/articles/body-doc.ts
     * previewOf), derived on every write. Null until derived: such a story is then found by its
     * headline and standfirst alone, never by its body.
     */
    previewText: text('preview_text'),
    status: articleStatus('status').notNull().default('draft'),
    access: articleAccess('access').notNull().default('public'),
    sectionId: integer('section_id').references(() => sections.id, { onDelete: 'set null' }),
    regionId: integer('region_id').references(() => regions.id, { onDelete: 'set null' }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** Set when a published story is changed in substance: readers see "Updated …". */
    updatedAt: timestamp('updated_at', { withTimezone: true }),
    leadImageUrl: text('lead_image_url'),
    leadImageAlt: text('lead_image_alt').notNull().default(''),
    leadImageCaption: text('lead_image_caption').notNull().default(''),
    leadImageCredit: text('lead_image_credit').notNull().default(''),
    editorsNote: text('editors_note'),
    seoTitle: text('seo_title'),
    seoDescription: text('seo_description'),
    createdAt: createdAt(),
    editedAt: timestamp('edited_at', { withTimezone: true }).notNull().defaultNow(),
    /** Who started it: a contributor may edit their own drafts only. */
    createdById: text('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    /** Who saved it last; shown in the admin's list. */
    editedById: text('edited_by_id').references(() => users.id, { onDelete: 'set null' }),
    /** Bumped by every save: a save that started from an older version is a conflict, never an overwrite. */
    version: integer('version').notNull().default(1),
    /** Set when a contributor submits a draft for an editor to review and publish. */
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /**
     * The newsletter this story is emailed to when it is published ("Publish and email to …"),
     * or, with emailOnly, the newsletter it is an issue of. Null: not emailed.
     */
    newsletterId: integer('newsletter_id').references((): AnyPgColumn => newsletters.id, { onDelete: 'set null' }),
    /** An issue written in the editor that is only emailed: never listed, searched or in feeds. */
    emailOnly: boolean('email_only').notNull().default(false),
    /**
     * Members first: a members-only story that opens to everyone at this time, by itself (a job
     * sets access to public then). Null: it stays as its access says.
     */
    opensToAllAt: timestamp('opens_to_all_at', { withTimezone: true }),
    /** The edition it belongs to (domain/i18n/locales.ts). */
    language: text('language').$type<Locale>().notNull().default('en'),
    /**
     * Stories that are translations of one another share this number (the first one's id), one
     * per language; null: not translated. Ids, not slugs, so renames keep the link.
     */
    translationGroup: integer('translation_group'),
    /** The language's text-search configuration (LOCALES[language].searchConfig), set with it. */
    searchConfig: regconfig('search_config').notNull().default('english'),
    search: tsvector('search').generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector(search_config, coalesce(headline, '')), 'A') || setweight(to_tsvector(search_config, coalesce(standfirst, '')), 'B') || setweight(to_tsvector(search_config, coalesce(body_text, '')), 'C')`,
    ),
    /** What someone who may not read the whole story may search: headline, standfirst, preview. */
    previewSearch: tsvector('preview_search').generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector(search_config, coalesce(headline, '')), 'A') || setweight(to_tsvector(search_config, coalesce(standfirst, '')), 'B') || setweight(to_tsvector(search_config, coalesce(preview_text, '')), 'C')`,
    ),
  },
  (table) => [
    index('articles_status_published_at_idx').on(table.status, table.publishedAt.desc()),
    index('articles_section_idx').on(table.sectionId, table.publishedAt.desc()),
    index('articles_region_idx').on(table.regionId, table.publishedAt.desc()),
    index('articles_search_idx').using('gin', table.search),
    index('articles_preview_search_idx').using('gin', table.previewSearch),
    index('articles_language_published_at_idx').on(table.language, table.status, table.publishedAt.desc()),
    uniqueIndex('articles_translation_language_idx').on(table.translationGroup, table.language),
  ],
);

export const articleAuthors = pgTable(
  'article_authors',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    authorId: integer('author_id')
      .notNull()
      .references(() => authors.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.articleId, table.authorId] }),
    index('article_authors_author_idx').on(table.authorId),
  ],
);

export const articleTags = pgTable(
  'article_tags',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.articleId, table.tagId] }), index('article_tags_tag_idx').on(table.tagId)],
);

/** An article's former slugs; /articles/<old> answers with a permanent redirect. */
export const slugRedirects = pgTable('slug_redirects', {
  oldSlug: text('old_slug').primaryKey(),
  articleId: integer('article_id')
    .notNull()
    .references(() => articles.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
});

/**
 * A saved state of an article: every save of a published story and every publish keeps one,
 * so any earlier state can be read, compared and restored.
 */
export const articleRevisions = pgTable(
  'article_revisions',
  {
    id: serial('id').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** What happened: a save, a publish, a schedule, an unpublish or a restore. */
    event: text('event').$type<'save' | 'publish' | 'schedule' | 'unpublish' | 'restore'>().notNull(),
    /** The article's fields as they stood after the event (see domain/articles/snapshot.ts). */
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [index('article_revisions_article_idx').on(table.articleId, table.createdAt.desc())],
);

/**
 * The job queue: scheduled publishing, mail and retries. A job is a row, so it survives a
 * restart; workers claim due rows with FOR UPDATE SKIP LOCKED.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: serial('id').primaryKey(),
    kind: text('kind').notNull(),
    /** At most one pending job per key (e.g. `publish:article:12`); re-scheduling replaces it. */
    key: text('key'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    runAt: timestamp('run_at', { withTimezone: true }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [
    index('jobs_due_idx')
      .on(table.runAt)
      .where(sql`done_at is null`),
    uniqueIndex('jobs_pending_key_idx')
      .on(table.key)
      .where(sql`done_at is null`),
  ],
);

/** An uploaded image: the original's facts; its resized variants live in the media store. */
export const images = pgTable('images', {
  /** Random, URL-safe; also the folder of its variants in the store. */
  id: text('id').primaryKey(),
  mimeType: text('mime_type').notNull(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  bytes: integer('bytes').notNull(),
  /** Widths that were generated, ascending (never wider than the original). */
  variantWidths: jsonb('variant_widths').$type<number[]>().notNull(),
  alt: text('alt').notNull().default(''),
  uploadedById: text('uploaded_by_id').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
});

/** The editable asks: the in-article appeal, the end-of-article appeal and the site banner. */
export const appeals = pgTable(
  'appeals',
  {
    placement: text('placement').$type<'in-article' | 'end-of-article' | 'banner'>().notNull(),
    /** Each edition has its own copy of each appeal. */
    locale: text('locale').$type<Locale>().notNull().default('en'),
    heading: text('heading').notNull().default(''),
    body: text('body').notNull().default(''),
    buttonLabel: text('button_label').notNull(),
    enabled: boolean('enabled').notNull().default(true),
    /** The campaign goal in members and its last day (banner and /membership); null: no campaign. */
    goalMembers: integer('goal_members'),
    goalEndsOn: text('goal_ends_on'),
    updatedById: text('updated_by_id').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.placement, table.locale] })],
);

export const articlesRelations = relations(articles, ({ one, many }) => ({
  section: one(sections, { fields: [articles.sectionId], references: [sections.id] }),
  region: one(regions, { fields: [articles.regionId], references: [regions.id] }),
  authors: many(articleAuthors),
  tags: many(articleTags),
}));

export const articleAuthorsRelations = relations(articleAuthors, ({ one }) => ({
  article: one(articles, { fields: [articleAuthors.articleId], references: [articles.id] }),
  author: one(authors, { fields: [articleAuthors.authorId], references: [authors.id] }),
}));

export const articleTagsRelations = relations(articleTags, ({ one }) => ({
  article: one(articles, { fields: [articleTags.articleId], references: [articles.id] }),
  tag: one(tags, { fields: [articleTags.tagId], references: [tags.id] }),
}));

// ---------------------------------------------------------------------------------------------
// Readers, staff and sign-in. users/accounts/sessions/verification_tokens are the tables the
// Auth.js Drizzle adapter expects (property names are its; SQL names are ours).

/** What a signed-in person may do in the newsroom. Membership is not a role. */
export const userRole = pgEnum('user_role', ROLES);

export const users = pgTable('users', {
  id: text('id')
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  name: text('name'),
  email: text('email').notNull().unique(),
  emailVerified: timestamp('email_verified', { withTimezone: true, mode: 'date' }),
  image: text('image'),
  role: userRole('role').notNull().default('reader'),
  /** The language their mail comes in: the edition they signed up or last signed in from. */
  locale: text('locale').$type<Locale>().notNull().default('en'),
  /** The reader's one Stripe Customer, created the first time they start to join. */
  stripeCustomerId: text('stripe_customer_id').unique(),
  createdAt: createdAt(),
});

export const accounts = pgTable(
  'accounts',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text('type').$type<'email' | 'oauth' | 'oidc' | 'webauthn'>().notNull(),
    provider: text('provider').notNull(),
    providerAccountId: text('provider_account_id').notNull(),
    refresh_token: text('refresh_token'),
    access_token: text('access_token'),
    expires_at: integer('expires_at'),
    token_type: text('token_type'),
    scope: text('scope'),
    id_token: text('id_token'),
    session_state: text('session_state'),
  },
  (table) => [primaryKey({ columns: [table.provider, table.providerAccountId] })],
);

export const sessions = pgTable(
  'sessions',
  {
    sessionToken: text('session_token').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expires: timestamp('expires', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);

export const verificationTokens = pgTable(
  'verification_tokens',
  {
    identifier: text('identifier').notNull(),
    token: text('token').notNull(),
    expires: timestamp('expires', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.identifier, table.token] })],
);

/**
 * One emailed sign-in: a link token and a 6-digit code, both stored as keyed hashes. Either
 * works once, for 15 minutes. The code can be typed only in the browser that asked for the email
 * (browser_hash: a keyed hash of a nonce in that browser's cookie); five wrong codes spend the
 * code, never the link.
 */
export const signInTokens = pgTable(
  'sign_in_tokens',
  {
    id: serial('id').primaryKey(),
    email: text('email').notNull(),
    tokenHash: text('token_hash').notNull(),
    codeHash: text('code_hash').notNull(),
    callbackUrl: text('callback_url').notNull().default('/'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
    /** Wrong codes typed for this token; at five its code stops working (its link does not). */
    failedAttempts: integer('failed_attempts').notNull().default(0),
    browserHash: text('browser_hash'),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('sign_in_tokens_token_hash_idx').on(table.tokenHash),
    uniqueIndex('sign_in_tokens_browser_hash_idx').on(table.browserHash),
    index('sign_in_tokens_email_idx').on(table.email, table.createdAt),
  ],
);

/**
 * For rate limits: sign-in emails sent ('email') and wrong codes typed ('code'), as keyed hashes
 * of the address and the client's IP, kept a day.
 */
export const signInRequests = pgTable(
  'sign_in_requests',
  {
    id: serial('id').primaryKey(),
    kind: text('kind', { enum: ['email', 'code', 'newsletter'] })
      .notNull()
      .default('email'),
    emailHash: text('email_hash').notNull(),
    ipHash: text('ip_hash').notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    index('sign_in_requests_email_idx').on(table.emailHash, table.createdAt),
    index('sign_in_requests_ip_idx').on(table.ipHash, table.createdAt),
  ],
);

// ---------------------------------------------------------------------------------------------
// Memberships: a local copy of each Stripe subscription, written only by the webhook handler.

export const membershipStatus = pgEnum('membership_status', MEMBERSHIP_STATUSES);
export const cancellationReason = pgEnum('cancellation_reason', CANCELLATION_REASONS);

export const memberships = pgTable(
  'memberships',
  {
    /** The Stripe subscription id. */
    id: text('id').primaryKey(),
    /** Null once the reader deletes their account: the payment record stays, anonymised. */
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    stripeCustomerId: text('stripe_customer_id').notNull(),
    status: membershipStatus('status').notNull(),
    tier: text('tier').notNull(),
    priceId: text('price_id').notNull(),
    amount: integer('amount').notNull(),
    currency: text('currency').notNull(),
    interval: text('interval').$type<'month' | 'year'>().notNull(),
    currentPeriodEnd: timestamp('current_period_end', { withTimezone: true }),
    cancelAtPeriodEnd: boolean('cancel_at_period_end').notNull().default(false),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    /** When the first renewal in the current run of failures failed; starts the grace period. */
    pastDueSince: timestamp('past_due_since', { withTimezone: true }),
    attributionArticle: text('attribution_article'),
    attributionPlacement: text('attribution_placement'),
    /** Set when Stripe reports a second live subscription for the same reader: staff must look. */
    flaggedDuplicateAt: timestamp('flagged_duplicate_at', { withTimezone: true }),
    /**
     * Stripe's pause_collection.resumes_at while the member has paused (behavior void): not
     * charged and not a member until then. Null when not paused.
     */
    pausedUntil: timestamp('paused_until', { withTimezone: true }),
    /** Why the member said they left, as Stripe's cancellation_details keeps it; null unless they said. */
    cancellationReason: cancellationReason('cancellation_reason'),
    cancellationFeedback: text('cancellation_feedback'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('memberships_user_idx').on(table.userId), index('memberships_status_idx').on(table.status)],
);

/** Stripe event ids already handled; the unique key makes a replayed event a no-op. */
export const stripeEvents = pgTable('stripe_events', {
  id: text('id').primaryKey(),
  type: text('type').notNull(),
  receivedAt: createdAt(),
});

/** A membership given by staff, without payment, until a date. */
export const complimentaryGrants = pgTable(
  'complimentary_grants',
  {
    id: serial('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    reason: text('reason').notNull().default(''),
    grantedBy: text('granted_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [index('complimentary_grants_user_idx').on(table.userId, table.endsAt)],
);

export const savedArticles = pgTable(
  'saved_articles',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.articleId] })],
);

/** Every change of a membership's status, tier or price, for the member's history and the charts. */
export const membershipChanges = pgTable(
  'membership_changes',
  {
    id: serial('id').primaryKey(),
    membershipId: text('membership_id')
      .notNull()
      .references(() => memberships.id, { onDelete: 'cascade' }),
    status: membershipStatus('status').notNull(),
    tier: text('tier').notNull(),
    amount: integer('amount').notNull(),
    interval: text('interval').$type<'month' | 'year'>().notNull(),
    cancelAtPeriodEnd: boolean('cancel_at_period_end').notNull().default(false),
    pausedUntil: timestamp('paused_until', { withTimezone: true }),
    /** The reason given when this change was a cancellation, for the dashboard's monthly summary. */
    cancellationReason: cancellationReason('cancellation_reason'),
    createdAt: createdAt(),
  },
  (table) => [index('membership_changes_membership_idx').on(table.membershipId, table.createdAt)],
);

export const donationPurpose = pgEnum('donation_purpose', DONATION_PURPOSES);

/**
 * A one-off gift, paid in Checkout (payment mode). Only what the receipt and the dashboard need
 * is kept: the address the receipt went to, the amount, and the account when the giver was
 * signed in.
 */
export const donations = pgTable(
  'donations',
  {
    /** The Checkout Session id: one donation per session, so a replayed event changes nothing. */
    id: text('id').primaryKey(),
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    email: text('email').notNull(),
    amount: integer('amount').notNull(),
    currency: text('currency').notNull(),
    purpose: donationPurpose('purpose').notNull().default('newsroom'),
    paymentIntentId: text('payment_intent_id'),
    attributionArticle: text('attribution_article'),
    attributionPlacement: text('attribution_placement'),
    /** The edition it was given from: its receipt is in that language. */
    locale: text('locale').$type<Locale>().notNull().default('en'),
    createdAt: createdAt(),
  },
  (table) => [index('donations_created_idx').on(table.createdAt), index('donations_user_idx').on(table.userId)],
);

export const giftSource = pgEnum('gift_source', GIFT_SOURCES);

/**
 * A membership given for a number of months: bought once in Checkout for someone, or given from
 * the pool to a reader whose request an editor approved. Redeeming it (signed in with any
 * address) writes a complimentary grant, so the one entitlement function makes the reader a
 * member until it ends, with no card and no Stripe subscription.
 */
export const giftMemberships = pgTable(
  'gift_memberships',
  {
    id: serial('id').primaryKey(),
    /** A keyed hash of the code in the redeem link; the code itself is never stored. */
    codeHash: text('code_hash').notNull().unique(),
    source: giftSource('source').notNull(),
    /** The Checkout Session that paid for it: one gift per session, so a replayed event changes nothing. */
    checkoutSessionId: text('checkout_session_id').unique(),
    purchaserId: text('purchaser_id').references(() => users.id, { onDelete: 'set null' }),
    /** Where the buyer's receipt and the unredeemed-gift notice go; null for a gift from the pool. */
    purchaserEmail: text('purchaser_email'),
    tier: text('tier').notNull(),
    months: integer('months').notNull(),
    amount: integer('amount').notNull().default(0),
    currency: text('currency').notNull().default('usd'),
    /** Null when the buyer shares the link themselves. */
    recipientEmail: text('recipient_email'),
    message: text('message').notNull().default(''),
    /** When the redeem email goes to the recipient; null when the buyer shares the link. */
    deliverAt: timestamp('deliver_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    redeemedById: text('redeemed_by_id').references(() => users.id, { onDelete: 'set null' }),
    redeemedAt: timestamp('redeemed_at', { withTimezone: true }),
    grantId: integer('grant_id').references(() => complimentaryGrants.id, { onDelete: 'set null' }),
    /** The "continue as a member" email, ten days before the gift ends. */
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    /** An unredeemed gift its buyer gave to the pool after a year. */
    givenToPoolAt: timestamp('given_to_pool_at', { withTimezone: true }),
    /**
     * The edition it was bought from (or its pool request's): the buyer's receipt and the
     * recipient's mail are in that language.
     */
    locale: text('locale').$type<Locale>().notNull().default('en'),
    createdAt: createdAt(),
  },
  (table) => [
    index('gift_memberships_purchaser_idx').on(table.purchaserId),
    index('gift_memberships_deliver_idx').on(table.deliverAt),
  ],
);

export const poolRequestStatus = pgEnum('pool_request_status', POOL_REQUEST_STATUSES);

/**
 * A reader's request for a membership from the pool. Only the address and the reason are kept,
 * and the reason is deleted once an editor decides; nobody's name is ever shown.
 */
export const poolRequests = pgTable(
  'pool_requests',
  {
    id: serial('id').primaryKey(),
    email: text('email').notNull(),
    reason: text('reason'),
    status: poolRequestStatus('status').notNull().default('pending'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedById: text('decided_by_id').references(() => users.id, { onDelete: 'set null' }),
    giftId: integer('gift_id').references(() => giftMemberships.id, { onDelete: 'set null' }),
    /** The edition it was asked from: the answer, and the gift it may bring, are in that language. */
    locale: text('locale').$type<Locale>().notNull().default('en'),
    createdAt: createdAt(),
  },
  (table) => [index('pool_requests_status_idx').on(table.status, table.createdAt)],
);

/**
 * What membership brings, as /membership, the paywall and the welcome mail list it; edited in the
 * admin like the appeals, so the list promises only what the site delivers.
 */
export const membershipBenefits = pgTable('membership_benefits', {
  id: serial('id').primaryKey(),
  locale: text('locale').$type<Locale>().notNull().default('en'),
  position: integer('position').notNull(),
  text: text('text').notNull(),
  updatedById: text('updated_by_id').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The questions /membership answers, per edition, edited in the admin beside the benefits. */
export const membershipFaq = pgTable('membership_faq', {
  id: serial('id').primaryKey(),
  locale: text('locale').$type<Locale>().notNull().default('en'),
  position: integer('position').notNull(),
  question: text('question').notNull(),
  answer: text('answer').notNull(),
  updatedById: text('updated_by_id').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A story's recording (MP3 or M4A), stored like images; members get a player above the text. */
export const articleAudio = pgTable('article_audio', {
  articleId: integer('article_id')
    .primaryKey()
    .references(() => articles.id, { onDelete: 'cascade' }),
  /** The stored file's key under the media folder, as images keep theirs. */
  storageKey: text('storage_key').notNull(),
  mimeType: text('mime_type').$type<'audio/mpeg' | 'audio/mp4'>().notNull(),
  bytes: integer('bytes').notNull(),
  durationSeconds: integer('duration_seconds').notNull(),
  uploadedById: text('uploaded_by_id').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
});

/** Webhook deliveries the app could not handle; Stripe retries them, staff see them on the dashboard. */
export const webhookFailures = pgTable(
  'webhook_failures',
  {
    id: serial('id').primaryKey(),
    eventId: text('event_id'),
    eventType: text('event_type'),
    error: text('error').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('webhook_failures_created_idx').on(table.createdAt.desc())],
);

/** Staff notes on a reader's account (never shown to the reader's public profile; there is none). */
export const memberNotes = pgTable(
  'member_notes',
  {
    id: serial('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [index('member_notes_user_idx').on(table.userId, table.createdAt)],
);

/** What staff did that others may need to account for: exports, grants, invitations, role changes. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: serial('id').primaryKey(),
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (table) => [index('audit_log_created_idx').on(table.createdAt.desc())],
);

// Newsletters. An issue keeps the body it was sent with, so the web archive shows what readers got.

export const newsletterAudience = pgEnum('newsletter_audience', NEWSLETTER_AUDIENCES);

export const newsletters = pgTable('newsletters', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  /** The language its issues are written in; readers of another edition are offered their own. */
  language: text('language').$type<Locale>().notNull().default('en'),
  /** What an issue reads like, shown on /newsletters. */
  sample: text('sample').notNull().default(''),
  /** The display name in From: "Ridgeline's editors". */
  senderName: text('sender_name').notNull(),
  audience: newsletterAudience('audience').notNull().default('everyone'),
  autoSubscribeMembers: boolean('auto_subscribe_members').notNull().default(false),
  /** Days it goes out (empty: no schedule) and the time, in newsroom time. */
  scheduleDays: text('schedule_days')
    .array()
    .$type<Weekday[]>()
    .notNull()
    .default(sql`'{}'::text[]`),
  scheduleTime: text('schedule_time'),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const subscriptionStatus = pgEnum('newsletter_subscription_status', SUBSCRIPTION_STATUSES);

export const newsletterSubscriptions = pgTable(
  'newsletter_subscriptions',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    newsletterId: integer('newsletter_id')
      .notNull()
      .references(() => newsletters.id, { onDelete: 'cascade' }),
    status: subscriptionStatus('status').notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    unsubscribedAt: timestamp('unsubscribed_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.newsletterId] }),
    index('newsletter_subscriptions_newsletter_idx').on(table.newsletterId, table.status),
  ],
);

/**
 * One emailed confirmation of a subscription (double opt-in): a keyed hash of its token, used
 * once. It names an address, not an account: the account is created or reused only when the
 * reader confirms, so nobody can make accounts for addresses that are not theirs.
 */
export const newsletterConfirmations = pgTable(
  'newsletter_confirmations',
  {
    id: serial('id').primaryKey(),
    tokenHash: text('token_hash').notNull(),
    email: text('email').notNull(),
    newsletterIds: integer('newsletter_ids').array().notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('newsletter_confirmations_token_hash_idx').on(table.tokenHash)],
);

export const issueSendStatus = pgEnum('newsletter_issue_send_status', ISSUE_SEND_STATUSES);

export const newsletterIssues = pgTable(
  'newsletter_issues',
  {
    id: serial('id').primaryKey(),
    newsletterId: integer('newsletter_id')
      .notNull()
      .references(() => newsletters.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    subject: text('subject').notNull(),
    preheader: text('preheader').notNull().default(''),
    access: articleAccess('access').notNull().default('public'),
    body: jsonb('body').$type<BodyDoc>().notNull(),
    /** The story it was written as in the editor (an email-only post or an article emailed at publication). */
    articleId: integer('article_id').references(() => articles.id, { onDelete: 'set null' }),
    /** 'sending' until every delivery is settled; issues from content/ arrive as 'sent'. */
    sendStatus: issueSendStatus('send_status').notNull().default('sent'),
    /** Recipients computed when the send started (null before, and for issues from content/). */
    recipientCount: integer('recipient_count'),
    /** When it went out (its date in the archive). */
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /** When the last delivery settled. */
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('newsletter_issues_slug_idx').on(table.newsletterId, table.slug),
    index('newsletter_issues_sent_idx').on(table.newsletterId, table.sentAt.desc()),
    uniqueIndex('newsletter_issues_article_idx').on(table.newsletterId, table.articleId),
  ],
);

export const deliveryStatus = pgEnum('newsletter_delivery_status', DELIVERY_STATUSES);

/**
 * One recipient of one issue, written when the send starts (recipients computed then, with the
 * entitlement rules). A row is claimed ('sending') before its message goes out and settled
 * after, so a restart resumes with the rows still queued and nobody is sent an issue twice.
 * It keeps the address it went to and which version (member or free); nothing about opens or clicks.
 */
export const newsletterDeliveries = pgTable(
  'newsletter_deliveries',
  {
    id: serial('id').primaryKey(),
    issueId: integer('issue_id')
      .notNull()
      .references(() => newsletterIssues.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    /** 'member': the whole issue; 'free': members-only parts cut, with the "Become a member" block. */
    version: text('version', { enum: ['member', 'free'] }).notNull(),
    status: deliveryStatus('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    /** The mail server's answer for a failure or bounce ("550 5.1.1 No such user"). */
    error: text('error'),
    /** While 'sending': when the claim lapses (a crashed sender's rows are then settled as interrupted). */
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    /** When a temporarily failed delivery may be tried again. */
    retryAt: timestamp('retry_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('newsletter_deliveries_recipient_idx').on(table.issueId, table.userId),
    index('newsletter_deliveries_status_idx').on(table.issueId, table.status),
  ],
);

/**
 * Addresses bulk mail no longer goes to: a permanent failure (5xx at RCPT or DATA), or
 * temporary failures repeated past the limit. Staff can clear an entry; transactional mail
 * (sign-in, receipts) is not stopped by it.
 */
export const emailSuppressions = pgTable('email_suppressions', {
  email: text('email').primaryKey(),
  reason: text('reason', { enum: ['bounce', 'repeated-failure'] }).notNull(),
  /** The mail server's answer that caused it. */
  detail: text('detail').notNull().default(''),
  createdAt: createdAt(),
});

export type Newsletter = typeof newsletters.$inferSelect;
export type NewsletterIssue = typeof newsletterIssues.$inferSelect;
export type NewsletterDelivery = typeof newsletterDeliveries.$inferSelect;

export type Membership = typeof memberships.$inferSelect;

export type User = typeof users.$inferSelect;

export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
export type Author = typeof authors.$inferSelect;
export type Section = typeof sections.$inferSelect;
export type Region = typeof regions.$inferSelect;
export type Tag = typeof tags.$inferSelect;
export type ArticleRevision = typeof articleRevisions.$inferSelect;
export type Job = typeof jobs.$inferSelect;
export type Image = typeof images.$inferSelect;
export type Appeal = typeof appeals.$inferSelect;
export type AppealPlacement = Appeal['placement'];
export type MembershipChange = typeof membershipChanges.$inferSelect;
export type WebhookFailure = typeof webhookFailures.$inferSelect;
export type MemberNote = typeof memberNotes.$inferSelect;
export type Donation = typeof donations.$inferSelect;
export type GiftMembership = typeof giftMemberships.$inferSelect;
export type PoolRequest = typeof poolRequests.$inferSelect;
export type MembershipBenefit = typeof membershipBenefits.$inferSelect;
export type ArticleAudio = typeof articleAudio.$inferSelect;
