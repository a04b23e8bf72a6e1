import type { MembershipStatus } from '@/domain/membership/statuses';
import type { UserRole } from './permissions';

/** The reader's membership as the entitlement function needs it (domain/membership/entitlement.ts). */
export type ViewerMembership = {
  status: MembershipStatus;
  pastDueSince: Date | null;
  /** Set while the member has paused payments: they are not a member until then. */
  pausedUntil: Date | null;
};

/**
 * Who is looking at a page. Only this small record crosses into components, never a session.
 * `kind` says whether anyone is signed in; `role` says what a signed-in account may do (a
 * 'reader' role is an account that is not staff).
 */
export type Viewer =
  | { kind: 'anonymous' }
  | {
      kind: 'signed-in';
      userId: string;
      email: string;
      name: string | null;
      role: UserRole;
      /** The reader's most relevant subscription (live first, then the latest), if any. */
      membership: ViewerMembership | null;
      complimentaryUntil: Date | null;
      /**
       * When this was read, on the membership clock (lib/membership/clock.ts): whether the reader
       * is a member is judged at this instant.
       */
      asOf: Date;
    };

export const anonymousViewer: Viewer = { kind: 'anonymous' };

/** What the header shows: the first letter of the name, or of the address. */
export function initialOf(viewer: Extract<Viewer, { kind: 'signed-in' }>): string {
  return (viewer.name?.trim() || viewer.email).charAt(0).toUpperCase();
}
