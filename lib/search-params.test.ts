import { describe, expect, it } from 'vitest';
import { firstValue, param } from './search-params';

describe('search parameters', () => {
  it('takes the first of repeated values and ignores what is not text', () => {
    expect(firstValue(['a', 'b'])).toBe('a');
    expect(firstValue('a')).toBe('a');
    expect(firstValue(undefined)).toBeUndefined();
    expect(firstValue([])).toBeUndefined();
    expect(firstValue({ toString: () => 'x' })).toBeUndefined();
  });
  it('reads a key from a URL or from the object Next gives a page', () => {
    expect(param(new URLSearchParams('q=one&q=two'), 'q')).toBe('one');
    expect(param({ q: ['one', 'two'] }, 'q')).toBe('one');
    expect(param({}, 'q')).toBeUndefined();
  });
});
