import { describe, expect, it } from 'vitest';
import { readRange } from './range';

describe('reading a Range header', () => {
  it('answers the whole object when no range is asked for, or one it cannot read', () => {
    expect(readRange(null, 1000)).toEqual({ kind: 'whole' });
    expect(readRange('items=0-10', 1000)).toEqual({ kind: 'whole' });
    expect(readRange('bytes=0-10, 20-30', 1000)).toEqual({ kind: 'whole' });
    expect(readRange('bytes=-', 1000)).toEqual({ kind: 'whole' });
    expect(readRange('bytes=50-10', 1000)).toEqual({ kind: 'whole' });
  });

  it('gives the part a player asks for, both ends included, cut at the end of the object', () => {
    expect(readRange('bytes=0-', 1000)).toEqual({ kind: 'part', start: 0, end: 999 });
    expect(readRange('bytes=100-199', 1000)).toEqual({ kind: 'part', start: 100, end: 199 });
    expect(readRange('bytes=900-5000', 1000)).toEqual({ kind: 'part', start: 900, end: 999 });
  });

  it('gives the last N bytes for a suffix range, or the whole object when N is larger', () => {
    expect(readRange('bytes=-100', 1000)).toEqual({ kind: 'part', start: 900, end: 999 });
    expect(readRange('bytes=-5000', 1000)).toEqual({ kind: 'part', start: 0, end: 999 });
  });

  it('refuses a range that starts past the end', () => {
    expect(readRange('bytes=1000-', 1000)).toEqual({ kind: 'unsatisfiable' });
    expect(readRange('bytes=-0', 1000)).toEqual({ kind: 'unsatisfiable' });
  });
});
