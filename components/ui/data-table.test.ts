import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataTable, type Column } from './data-table';

type Author = { id: number; name: string; stories: number };

const columns: Column<Author>[] = [
  { heading: 'Author', rowHeader: true, cell: (author) => author.name },
  { heading: 'Stories', className: 'num', cell: (author) => author.stories },
];

describe('DataTable', () => {
  it('draws a row per item with column-scoped headings and the row named by its header cell', () => {
    const html = renderToStaticMarkup(
      createElement(DataTable<Author>, {
        columns,
        rows: [{ id: 1, name: 'Nino', stories: 3 }],
        rowKey: (author) => author.id,
        empty: 'No authors yet.',
        caption: 'Authors',
        className: 'author-list',
      }),
    );
    expect(html).toBe(
      '<table class="admin-table author-list"><caption>Authors</caption>' +
        '<thead><tr><th scope="col">Author</th><th scope="col" class="num">Stories</th></tr></thead>' +
        '<tbody><tr><th scope="row">Nino</th><td class="num">3</td></tr></tbody></table>',
    );
  });

  it('labels each cell with its heading and scrolls in its own box when asked', () => {
    const html = renderToStaticMarkup(
      createElement(DataTable<Author>, {
        columns,
        rows: [{ id: 1, name: 'Nino', stories: 3 }],
        rowKey: (author) => author.id,
        empty: 'No authors yet.',
        labelCells: true,
        scroll: true,
      }),
    );
    expect(html).toMatch(/^<div class="admin-table-scroll"><table class="admin-table">/);
    expect(html).toContain('<th scope="row" data-label="Author">Nino</th><td class="num" data-label="Stories">3</td>');
  });

  it('says what an empty list means instead of drawing an empty table', () => {
    const html = renderToStaticMarkup(
      createElement(DataTable<Author>, { columns, rows: [], rowKey: (author) => author.id, empty: 'No authors yet.' }),
    );
    expect(html).toBe('<p class="notice">No authors yet.</p>');
  });
});
