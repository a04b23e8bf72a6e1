/**
 * The one answer to "may this reader read this now, and why". Pages, feeds, search, JSON-LD,
 * OG images and route handlers ask it; nothing else decides access.
 *
 * The viewer is anonymous until reader accounts and memberships exist: an anonymous reader
 * reads public stories in full and the preview of members-only ones.
 */
export type Viewer = { kind: 'anonymous' };

export const anonymousViewer: Viewer = { kind: 'anonymous' };

export type Entitlement = { isMember: boolean; reason: 'anonymous' };

export function entitlementOf(viewer: Viewer): Entitlement {
  return { isMember: false, reason: viewer.kind };
}

export function canReadFullText(article: { access: 'public' | 'members' }, viewer: Viewer): boolean {
  return article.access === 'public' || entitlementOf(viewer).isMember;
}

/** How many paragraphs of a members-only story a non-member sees before the paywall. */
export const PREVIEW_PARAGRAPHS = 2;
