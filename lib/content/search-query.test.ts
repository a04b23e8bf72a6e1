import { describe, expect, it } from 'vitest';
import { parseSearchRequest } from './search-query';

describe('parseSearchRequest', () => {
  it('asks for something to search when the query is missing or blank', () => {
    expect(parseSearchRequest(undefined, undefined)).toEqual({ kind: 'empty' });
    expect(parseSearchRequest('   \n\t ', '1')).toEqual({ kind: 'empty' });
    expect(parseSearchRequest(['', 'x'], undefined)).toEqual({ kind: 'empty' });
  });

  it('refuses one-letter queries and queries with no letters', () => {
    expect(parseSearchRequest('a', undefined)).toEqual({ kind: 'too-short', query: 'a' });
    expect(parseSearchRequest('&|!', undefined)).toEqual({ kind: 'no-words', query: '&|!' });
  });

  it('keeps operators and quotes for the database to read safely', () => {
    expect(parseSearchRequest('"peace treaty" -france', '2')).toEqual({ kind: 'search', query: '"peace treaty" -france', page: 2, truncated: false });
  });

  it('cuts very long queries to 200 characters and says so', () => {
    const result = parseSearchRequest('gas '.repeat(2600), undefined);
    expect(result.kind).toBe('search');
    if (result.kind === 'search') {
      expect(result.query.length).toBeLessThanOrEqual(200);
      expect(result.truncated).toBe(true);
    }
  });

  it('removes control characters, including NUL, and ignores bad page numbers', () => {
    expect(parseSearchRequest('pipe\u0000lines', '-3')).toEqual({ kind: 'search', query: 'pipe lines', page: 1, truncated: false });
    expect(parseSearchRequest('pipelines', '99999999')).toMatchObject({ page: 1 });
  });
});
