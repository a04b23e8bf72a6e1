/** Where a "Become a member" click came from; it travels on to Checkout and the membership. */
export const APPEAL_PLACEMENTS = ['in-article', 'end-of-article', 'banner', 'header', 'paywall', 'home'] as const;
export type AppealPlacement = (typeof APPEAL_PLACEMENTS)[number];

export function membershipHref(placement: AppealPlacement, articleSlug?: string): string {
  const params = new URLSearchParams({ placement });
  if (articleSlug) params.set('from', articleSlug);
  return `/membership?${params.toString()}`;
}
