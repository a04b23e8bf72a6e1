import type { Billing } from './billing';
import { invalidRequest, StripeApiError } from './errors';
import { readInt, readString, readStringList, type Params } from './form';
import { listObject, type ListObject } from './objects';
import type { Store } from './store';

export interface ApiContext {
  store: Store;
  billing: Billing;
  publicUrl: string;
}

export interface RouteRequest {
  params: Params;
  /** The path's `:id`, when the route has one. */
  id: string;
}

type Method = 'GET' | 'POST' | 'DELETE';

export interface Route {
  method: Method;
  path: string;
  handle: (request: RouteRequest, context: ApiContext) => unknown;
}

interface CompiledRoute extends Route {
  pattern: RegExp;
}

function compile(route: Route): CompiledRoute {
  const source = route.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(':id', '([^/]+)');
  return { ...route, pattern: new RegExp(`^${source}$`) };
}

/** Stripe's list pagination over objects newest first: `limit`, `starting_after`, `ending_before`. */
export function paginate<T extends { id: string }>(newestFirst: T[], params: Params, url: string): ListObject<T> {
  const limit = readInt(params, 'limit') ?? 10;
  if (limit < 1 || limit > 100) throw invalidRequest('Invalid limit: must be between 1 and 100', 'limit');
  const startingAfter = readString(params, 'starting_after');
  const endingBefore = readString(params, 'ending_before');
  const indexOf = (id: string, param: string) => {
    const index = newestFirst.findIndex((item) => item.id === id);
    if (index === -1) throw invalidRequest(`No such object: '${id}'`, param, 'resource_missing');
    return index;
  };
  if (endingBefore) {
    const end = indexOf(endingBefore, 'ending_before');
    const start = Math.max(0, end - limit);
    return listObject(newestFirst.slice(start, end), url, start > 0);
  }
  const start = startingAfter ? indexOf(startingAfter, 'starting_after') + 1 : 0;
  const page = newestFirst.slice(start, start + limit);
  return listObject(page, url, start + limit < newestFirst.length);
}

/** Newest first, as Stripe lists: objects are stored in creation order. */
export function newestFirst<T>(collection: Record<string, T>): T[] {
  return Object.values(collection).reverse();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Replaces ids with the objects they name along each `expand[]` path (`items.data.price.product`,
 * `data.customer` in a list), as Stripe does for expandable fields.
 */
export function expand(value: unknown, paths: string[], store: Store): unknown {
  const along = (node: unknown, segments: string[]): unknown => {
    if (segments.length === 0) return node;
    if (Array.isArray(node)) return node.map((item) => along(item, segments));
    if (!isRecord(node)) return node;
    const [head, ...rest] = segments as [string, ...string[]];
    if (!(head in node)) return node;
    let child = node[head];
    if (typeof child === 'string') child = store.find(child) ?? child;
    return { ...node, [head]: along(child, rest) };
  };
  return paths.reduce((current, path) => along(current, path.split('.')), value);
}

export function createApi(routes: Route[], context: ApiContext) {
  const compiled = routes.map(compile);
  return (method: string, path: string, params: Params): unknown => {
    for (const route of compiled) {
      if (route.method !== method) continue;
      const match = route.pattern.exec(path);
      if (!match) continue;
      const body = route.handle({ params, id: decodeURIComponent(match[1] ?? '') }, context);
      return expand(body, readStringList(params, 'expand') ?? [], context.store);
    }
    throw new StripeApiError(
      404,
      'invalid_request_error',
      `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
    );
  };
}
