/** Types for cache-handler.mjs (plain JavaScript because Next loads it at runtime). */
export function stripClientRuntime(html: string): string;
export function usesOwnClientComponents(clientModules: string[]): boolean;
export function pageRouteOf(tagsHeader: unknown): string | undefined;
declare const ReaderPageCache: new (ctx: Record<string, unknown>) => {
  get(key: string, ctx: unknown): Promise<unknown>;
  set(key: string, data: unknown, ctx: unknown): Promise<void>;
  revalidateTag(tags: string | string[], durations: unknown): Promise<void>;
};
export default ReaderPageCache;
