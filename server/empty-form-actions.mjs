// @ts-check
/**
 * Drops the empty `action=""` (and `formAction=""`) that React writes on every form whose
 * action is a server action: the HTML standard requires a non-empty URL there, and leaving the
 * attribute out means exactly the same (submit to this page), which is what React relies on.
 * React has no option for it (only useActionState's permalink, which forms in server components
 * cannot use), so the production server removes them from HTML on the way out.
 *
 * Safe as a byte match: React writes quotes in text and in inline script data escaped
 * (`&quot;`, `\"`), so ` action=""` can only be an attribute.
 */
const PATTERNS = [Buffer.from(' action=""'), Buffer.from(' formAction=""')];
const LONGEST = Math.max(...PATTERNS.map((p) => p.length));

/** A filter over a document's chunks; holds back a chunk's end only while it may begin a match. */
export function emptyFormActionFilter() {
  /** @type {Buffer} */
  let held = Buffer.alloc(0);
  return {
    /** @param {Buffer} chunk @returns {Buffer} */
    push(chunk) {
      const buffer = held.length ? Buffer.concat([held, chunk]) : chunk;
      /** @type {Buffer[]} */
      const kept = [];
      let from = 0;
      for (;;) {
        let at = -1;
        let length = 0;
        for (const pattern of PATTERNS) {
          const i = buffer.indexOf(pattern, from);
          if (i !== -1 && (at === -1 || i < at)) [at, length] = [i, pattern.length];
        }
        if (at === -1) break;
        kept.push(buffer.subarray(from, at));
        from = at + length;
      }
      // The longest end of the rest that is the start of a pattern waits for the next chunk.
      let hold = 0;
      for (let n = Math.min(LONGEST - 1, buffer.length - from); n > 0 && !hold; n--) {
        const end = buffer.subarray(buffer.length - n);
        if (PATTERNS.some((pattern) => pattern.subarray(0, n).equals(end))) hold = n;
      }
      kept.push(buffer.subarray(from, buffer.length - hold));
      held = Buffer.from(buffer.subarray(buffer.length - hold));
      return kept.length === 1 ? /** @type {Buffer} */ (kept[0]) : Buffer.concat(kept);
    },
    /** What is still held at the end of the document. @returns {Buffer} */
    end() {
      const rest = held;
      held = Buffer.alloc(0);
      return rest;
    },
  };
}
