import { describe, expect, it } from 'vitest';
import { diffSnapshots, type SnapshotNames } from './diff';
import { emptySnapshot } from './snapshot';

const names: SnapshotNames = {
  authors: new Map([
    [1, 'Nino Kapanadze'],
    [2, 'Farid Mammadli'],
  ]),
  sections: new Map([[3, 'News']]),
  regions: new Map(),
  newsletters: new Map([[2, 'Ridgeline Weekly']]),
};

describe('diffSnapshots', () => {
  it('lists only the fields that changed, with words added and removed', () => {
    const before = { ...emptySnapshot(), headline: 'Talks resume in Yerevan', authorIds: [1] };
    const after = { ...before, headline: 'Talks resume in Baku', authorIds: [1, 2], sectionId: 3 };
    const changes = diffSnapshots(before, after, names);
    expect(changes.map((c) => c.label)).toEqual(['Headline', 'Section', 'Authors']);
    const headline = changes[0]?.parts ?? [];
    expect(headline.filter((p) => p.removed).map((p) => p.value.trim())).toEqual(['Yerevan']);
    expect(headline.filter((p) => p.added).map((p) => p.value.trim())).toEqual(['Baku']);
    expect(changes[2]?.parts.some((p) => p.added && p.value.includes('Farid Mammadli'))).toBe(true);
  });

  it('compares the text of the body, not its JSON', () => {
    const before = {
      ...emptySnapshot(),
      body: {
        type: 'doc' as const,
        content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'The border was quiet.' }] }],
      },
    };
    const after = {
      ...emptySnapshot(),
      body: {
        type: 'doc' as const,
        content: [
          { type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'The border was quiet overnight.' }] },
        ],
      },
    };
    const [change] = diffSnapshots(before, after, names);
    expect(change?.label).toBe('Text');
    expect(change?.parts.find((p) => p.added)?.value.trim()).toBe('overnight');
  });

  it('finds nothing between equal snapshots', () => {
    expect(diffSnapshots(emptySnapshot(), emptySnapshot(), names)).toEqual([]);
  });
});
