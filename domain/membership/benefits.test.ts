import { describe, expect, it } from 'vitest';
import { benefitsFromText, MAX_BENEFIT_LENGTH, MAX_BENEFITS } from './benefits';

describe('the member benefits as an editor types them', () => {
  it('takes one per line, trimmed, without blank lines or typed bullets', () => {
    expect(benefitsFromText('  The Daily Brief \n\n- Every members-only story\r\n• Saved stories\n')).toEqual({
      ok: true,
      benefits: ['The Daily Brief', 'Every members-only story', 'Saved stories'],
    });
  });

  it('refuses an empty list, a long list and a line too long to read as one', () => {
    expect(benefitsFromText(' \n ')).toEqual({ ok: false, message: 'Write at least one benefit, one per line.' });
    expect(benefitsFromText(Array.from({ length: MAX_BENEFITS + 1 }, (_, i) => `Benefit ${i}`).join('\n')).ok).toBe(
      false,
    );
    const refused = benefitsFromText(`Short\n${'x'.repeat(MAX_BENEFIT_LENGTH + 1)}`);
    expect(refused).toEqual({ ok: false, message: expect.stringContaining('Line 2 is over') });
  });
});
