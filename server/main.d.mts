/** Types for main.mjs. */
export const SESSION_COOKIES: string[];
