/** Types for empty-form-actions.mjs (plain JavaScript: the production server runs without a compiler). */
export function emptyFormActionFilter(): { push(chunk: Buffer): Buffer; end(): Buffer };
