/**
 * The member benefits as an editor writes them: one per line in a text box. A list readers can
 * take in at a glance, so a few short lines; blank lines are ignored.
 */
export const MAX_BENEFITS = 8;
export const MAX_BENEFIT_LENGTH = 140;

export type BenefitsCheck = { ok: true; benefits: string[] } | { ok: false; message: string };

export function benefitsFromText(text: string): BenefitsCheck {
  const benefits = text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-•*]\s*/, '').trim())
    .filter(Boolean);
  if (!benefits.length) return { ok: false, message: 'Write at least one benefit, one per line.' };
  if (benefits.length > MAX_BENEFITS)
    return { ok: false, message: `Keep it to ${MAX_BENEFITS} lines: readers take in a short list at a glance.` };
  const long = benefits.findIndex((b) => b.length > MAX_BENEFIT_LENGTH);
  if (long >= 0)
    return {
      ok: false,
      message: `Line ${long + 1} is over ${MAX_BENEFIT_LENGTH} characters: keep each benefit to a line.`,
    };
  return { ok: true, benefits };
}
