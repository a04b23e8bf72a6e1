/** A page's search parameters, as Next hands them to a page or as a URL carries them. */
export type SearchParams = URLSearchParams | Record<string, string | string[] | undefined>;

/**
 * One value as text: the first when the parameter repeats (?q=a&q=b gives string[]), undefined
 * when it is absent or not text. Every reader of search parameters goes through this.
 */
export function firstValue(value: unknown): string | undefined {
  const one = Array.isArray(value) ? (value as unknown[])[0] : value;
  return typeof one === 'string' ? one : undefined;
}

/** firstValue of one key, from either shape. */
export function param(params: SearchParams, key: string): string | undefined {
  return params instanceof URLSearchParams ? (params.get(key) ?? undefined) : firstValue(params[key]);
}
