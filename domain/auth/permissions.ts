/**
 * What each role may do. Roles are ordered: each can do everything the one before it can.
 * Membership is not a role; it comes from the subscription (domain/membership/entitlement.ts).
 */
export const ROLES = ['reader', 'contributor', 'editor', 'admin'] as const;

/** db/schema.ts builds its role enum from ROLES. */
export type UserRole = (typeof ROLES)[number];

export type Permission =
  | 'admin:enter' // see the newsroom's admin at all
  | 'articles:write' // write and submit articles
  | 'articles:publish' // publish, schedule, unpublish
  | 'authors:manage'
  | 'taxonomy:manage' // the names of sections, regions and tags, in every edition's language
  | 'appeals:manage'
  | 'members:view'
  | 'newsletters:manage' // newsletters, their sends' progress and history, the suppression list
  | 'members:export'
  | 'pool:decide' // approve or decline requests for a membership from the pool
  | 'staff:manage'; // staff accounts and their roles

const LEAST_ROLE: Record<Permission, UserRole> = {
  'admin:enter': 'contributor',
  'articles:write': 'contributor',
  'articles:publish': 'editor',
  'authors:manage': 'editor',
  'taxonomy:manage': 'editor',
  'appeals:manage': 'editor',
  'members:view': 'editor',
  'newsletters:manage': 'editor',
  'pool:decide': 'editor',
  'members:export': 'admin',
  'staff:manage': 'admin',
};

export function roleAtLeast(role: UserRole, least: UserRole): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(least);
}

export function can(role: UserRole | null, permission: Permission): boolean {
  return role !== null && roleAtLeast(role, LEAST_ROLE[permission]);
}

export const isStaff = (role: UserRole | null) => can(role, 'admin:enter');
