import { describe, expect, it } from 'vitest';
import { articleQueryString, parseArticleQuery } from './filter';

describe('the articles list query', () => {
  it('reads a filter and a page', () => {
    expect(
      parseArticleQuery({ q: 'Gyumri', status: 'scheduled', language: 'ru', section: '2', author: '5', page: '3' }),
    ).toEqual({
      q: 'Gyumri',
      status: 'scheduled',
      language: 'ru',
      sectionId: 2,
      authorId: 5,
      page: 3,
    });
  });
  it('falls back to the default for anything unexpected', () => {
    expect(parseArticleQuery({ status: 'deleted', language: 'xx', section: '-1', author: 'x', page: '0' })).toEqual({
      q: undefined,
      status: undefined,
      language: undefined,
      sectionId: undefined,
      authorId: undefined,
      page: 1,
    });
    expect(parseArticleQuery(new URLSearchParams('q=a&q=b&page=2.5'))).toMatchObject({ q: 'a', page: 1 });
    expect(parseArticleQuery({ q: 'x'.repeat(500) }).q).toHaveLength(200);
  });
  it('writes back what it reads', () => {
    const filter = parseArticleQuery({ q: 'Batumi port', status: 'draft', language: 'ru', section: '1' });
    expect(parseArticleQuery(new URLSearchParams(articleQueryString(filter, 4)))).toEqual({ ...filter, page: 4 });
  });
});
