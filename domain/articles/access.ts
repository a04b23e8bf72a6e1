import type { UserRole } from '@/domain/auth/permissions';
import { can } from '@/domain/auth/permissions';

/**
 * Who may open and change an article in the editor: editors and admins any article;
 * contributors only the drafts they started. Pages and actions all ask here.
 */
export function mayEditArticle(
  viewer: { role: UserRole; userId: string },
  article: { status: 'draft' | 'scheduled' | 'published'; createdById: string | null },
): boolean {
  return can(viewer.role, 'articles:publish') || (article.status === 'draft' && article.createdById === viewer.userId);
}
