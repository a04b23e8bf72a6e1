import { describe, expect, it } from 'vitest';
import { can, isStaff, type Permission } from './permissions';

const everything: Permission[] = [
  'admin:enter',
  'articles:write',
  'articles:publish',
  'authors:manage',
  'appeals:manage',
  'members:view',
  'newsletters:manage',
  'members:export',
  'staff:manage',
];

describe('can', () => {
  it('lets an anonymous visitor do nothing', () => {
    for (const p of everything) expect(can(null, p), p).toBe(false);
  });

  it('lets a reader do nothing in the newsroom', () => {
    for (const p of everything) expect(can('reader', p), p).toBe(false);
    expect(isStaff('reader')).toBe(false);
  });

  it('lets a contributor write but not publish', () => {
    expect(can('contributor', 'admin:enter')).toBe(true);
    expect(can('contributor', 'articles:write')).toBe(true);
    expect(can('contributor', 'articles:publish')).toBe(false);
    expect(can('contributor', 'members:view')).toBe(false);
    expect(can('contributor', 'newsletters:manage')).toBe(false);
  });

  it('lets an editor publish, see members and run the newsletters, but not manage people or export members', () => {
    expect(can('editor', 'articles:publish')).toBe(true);
    expect(can('editor', 'members:view')).toBe(true);
    expect(can('editor', 'newsletters:manage')).toBe(true);
    expect(can('editor', 'staff:manage')).toBe(false);
    expect(can('editor', 'members:export')).toBe(false);
  });

  it('lets an admin do everything', () => {
    for (const p of everything) expect(can('admin', p), p).toBe(true);
  });
});
