import { describe, expect, it } from 'vitest';
import { SESSION_COOKIE_NAMES } from '@/lib/auth/session-cookie';
import { SESSION_COOKIES } from './main.mjs';

describe('the production server', () => {
  it('knows the session cookies by the names Auth.js sets', () => {
    expect([...SESSION_COOKIES].sort()).toEqual([...SESSION_COOKIE_NAMES].sort());
  });
});
