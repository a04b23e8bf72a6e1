/**
 * The places a page cached for a class of readers (server/audience.mjs) leaves for the person
 * reading it: the server fills each from the signed audience cookie per request. Text slots
 * (name, email, initial) are filled escaped; the others become "true" or "false", for
 * attributes: `aria-pressed`, a hidden input's value, `data-shown`.
 */
export type PersonalSlot = 'name' | 'email' | 'initial' | 'staff' | 'past-due' | 'saved' | 'unsaved';

/** `\uE000rl:saved:17\uE001`: private-use characters no text of ours holds, which React writes as they are. */
export function personalSlot(slot: PersonalSlot, articleId?: number): string {
  return `\uE000rl:${slot}${articleId === undefined ? '' : `:${articleId}`}\uE001`;
}
