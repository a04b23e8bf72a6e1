import { describe, expect, it } from 'vitest';
import { readUnsubscribeToken, unsubscribeToken } from './unsubscribe-token';

describe('unsubscribe tokens', () => {
  const ids = { userId: '3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b', newsletterId: 2 };

  it('name the reader and the newsletter, and read back', () => {
    expect(readUnsubscribeToken(unsubscribeToken(ids))).toEqual(ids);
  });

  it('cannot be turned into another reader’s or another newsletter’s', () => {
    const [, , signature] = unsubscribeToken(ids).split('.');
    expect(readUnsubscribeToken(`3.${ids.userId}.${signature}`)).toBeNull();
    expect(readUnsubscribeToken(`2.someone-else.${signature}`)).toBeNull();
    expect(readUnsubscribeToken(`${unsubscribeToken(ids).slice(0, -1)}A`)).toBeNull();
    expect(readUnsubscribeToken('2.x')).toBeNull();
    expect(readUnsubscribeToken('')).toBeNull();
  });
});
