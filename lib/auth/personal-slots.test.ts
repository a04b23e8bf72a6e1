import { describe, expect, it } from 'vitest';
import { fillPersonal, type Audience } from '@/server/audience.mjs';
import { personalSlot } from './personal-slots';

const levan: Audience = {
  audience: 'reader',
  name: 'Levan',
  email: 'levan@example.org',
  initial: 'L',
  staff: true,
  pastDue: false,
  saved: [5],
};

describe('personal slots', () => {
  it('are the ones the server fills', () => {
    const html = [
      personalSlot('name'),
      personalSlot('email'),
      personalSlot('initial'),
      personalSlot('staff'),
      personalSlot('past-due'),
      personalSlot('saved', 5),
      personalSlot('unsaved', 5),
    ].join('|');
    expect(fillPersonal(html, levan)).toBe('Levan|levan@example.org|L|true|false|true|false');
  });
});
