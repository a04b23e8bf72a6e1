/** Types for durable-tags.mjs (plain JavaScript because Next loads the cache handler at runtime). */
export function manifestFile(serverDistDir: string): string;
export function loadDurableTags(serverDistDir: string, options?: { force?: boolean }): void;
export function saveDurableTags(serverDistDir: string, tags: string[]): void;
export function forgetTagsInMemory(): void;
