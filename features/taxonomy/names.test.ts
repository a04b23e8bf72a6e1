import { describe, expect, it } from 'vitest';
import { readNames } from './names';

describe('the names a section, region or tag has in each edition', () => {
  it('needs the default language’s name, and lets the others be empty', () => {
    expect(readNames([3], { 'name:3:en': ' Features ', 'name:3:ru': 'Репортажи' })).toEqual({
      ok: true,
      rows: [{ id: 3, name: 'Features', names: { ru: 'Репортажи' } }],
    });
    expect(readNames([3], { 'name:3:en': 'Features', 'name:3:ru': '' })).toEqual({
      ok: true,
      rows: [{ id: 3, name: 'Features', names: { ru: '' } }],
    });
    expect(readNames([3, 4], { 'name:3:en': '', 'name:4:en': 'News', 'name:4:ru': 'x'.repeat(81) })).toEqual({
      ok: false,
      fieldErrors: {
        'name:3:en': ['Give it a name: the other editions fall back to it.'],
        'name:4:ru': ['Keep the name under 80 characters.'],
      },
    });
  });
});
