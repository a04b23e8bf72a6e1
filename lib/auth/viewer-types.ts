import type { UserRole } from '@/db/schema';

/** Who is looking at a page. Only this small record crosses into components, never a session. */
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'reader'; userId: string; email: string; name: string | null; role: UserRole };

export const anonymousViewer: Viewer = { kind: 'anonymous' };

export const roleOf = (viewer: Viewer): UserRole | null => (viewer.kind === 'reader' ? viewer.role : null);

/** What the header shows: the first letter of the name, or of the address. */
export function initialOf(viewer: Extract<Viewer, { kind: 'reader' }>): string {
  return (viewer.name?.trim() || viewer.email).charAt(0).toUpperCase();
}
