import type { Viewer } from '@/lib/auth/viewer-types';

/**
 * The one answer to "may this reader read this now, and why". Pages, feeds, search, JSON-LD,
 * OG images and route handlers ask it; nothing else decides access.
 *
 * Membership comes from a subscription, which does not exist yet: every reader, signed in or
 * not, reads public stories in full and the preview of members-only ones.
 */
export type Entitlement = { isMember: boolean; reason: 'anonymous' | 'not-a-member' };

export function entitlementOf(viewer: Viewer): Entitlement {
  return { isMember: false, reason: viewer.kind === 'anonymous' ? 'anonymous' : 'not-a-member' };
}

export function canReadFullText(article: { access: 'public' | 'members' }, viewer: Viewer): boolean {
  return article.access === 'public' || entitlementOf(viewer).isMember;
}

/** How many paragraphs of a members-only story a non-member sees before the paywall. */
export const PREVIEW_PARAGRAPHS = 2;

export { anonymousViewer, type Viewer } from '@/lib/auth/viewer-types';
