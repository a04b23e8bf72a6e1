import type { UserRole } from '@/db/schema';

/** The reader's membership as the entitlement function needs it (lib/membership/entitlement.ts). */
export type ViewerMembership = {
  status: 'incomplete' | 'incomplete_expired' | 'trialing' | 'active' | 'past_due' | 'canceled' | 'unpaid' | 'paused';
  pastDueSince: Date | null;
};

/** Who is looking at a page. Only this small record crosses into components, never a session. */
export type Viewer =
  | { kind: 'anonymous' }
  | {
      kind: 'reader';
      userId: string;
      email: string;
      name: string | null;
      role: UserRole;
      /** The reader's most relevant subscription (live first, then the latest), if any. */
      membership: ViewerMembership | null;
      complimentaryUntil: Date | null;
    };

export const anonymousViewer: Viewer = { kind: 'anonymous' };

export const roleOf = (viewer: Viewer): UserRole | null => (viewer.kind === 'reader' ? viewer.role : null);

/** What the header shows: the first letter of the name, or of the address. */
export function initialOf(viewer: Extract<Viewer, { kind: 'reader' }>): string {
  return (viewer.name?.trim() || viewer.email).charAt(0).toUpperCase();
}
