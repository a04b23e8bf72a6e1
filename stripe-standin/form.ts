import { invalidRequest, missingParam } from './errors';

/** A request's parameters after Stripe's bracket syntax is unfolded: `a[b][0]=x` → `{ a: { b: ['x'] } }`. */
export type ParamValue = string | ParamValue[] | Params;
export interface Params {
  [key: string]: ParamValue;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** `line_items[0][price]` → ['line_items', '0', 'price']; `expand[]` → ['expand', '']. */
function keyPath(key: string): string[] {
  const first = key.indexOf('[');
  if (first === -1) return [key];
  const path = [key.slice(0, first)];
  for (const match of key.slice(first).matchAll(/\[([^\]]*)\]/g)) path.push(match[1] ?? '');
  return path;
}

type Tree = { [key: string]: Tree | string };

function insert(tree: Tree, path: string[], value: string) {
  let node = tree;
  path.forEach((segment, i) => {
    // `[]` appends: give it the next free index so it sorts after the ones already there.
    const key = segment === '' ? String(Object.keys(node).length) : segment;
    if (i === path.length - 1) {
      node[key] = value;
      return;
    }
    const next = node[key];
    if (typeof next === 'object') node = next;
    else {
      const child: Tree = {};
      node[key] = child;
      node = child;
    }
  });
}

/** Objects whose keys are all indexes were arrays in the request (`expand[0]`, `expand[]`). */
function settle(tree: Tree | string): ParamValue {
  if (typeof tree === 'string') return tree;
  const keys = Object.keys(tree);
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    return keys
      .map(Number)
      .sort((a, b) => a - b)
      .map((k) => settle(tree[String(k)]!));
  }
  const out: Params = {};
  for (const key of keys) out[key] = settle(tree[key]!);
  return out;
}

export function parseForm(body: string): Params {
  const tree: Tree = {};
  for (const pair of body.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const key = decode(eq === -1 ? pair : pair.slice(0, eq));
    const value = eq === -1 ? '' : decode(pair.slice(eq + 1));
    if (key) insert(tree, keyPath(key), value);
  }
  const settled = settle(tree);
  return Array.isArray(settled) || typeof settled === 'string' ? {} : settled;
}

/** Control endpoints also take JSON; flatten its scalars to strings so one set of readers serves both. */
export function paramsFromJson(value: unknown): Params {
  const convert = (v: unknown): ParamValue => {
    if (Array.isArray(v)) return v.map(convert);
    if (v !== null && typeof v === 'object') {
      const out: Params = {};
      for (const [k, inner] of Object.entries(v)) out[k] = convert(inner);
      return out;
    }
    return v === null || v === undefined ? '' : String(v);
  };
  const converted = convert(value);
  return Array.isArray(converted) || typeof converted === 'string' ? {} : converted;
}

export function isParams(value: ParamValue | undefined): value is Params {
  return typeof value === 'object' && !Array.isArray(value);
}

export function readString(params: Params, key: string, label = key): string | undefined {
  const value = params[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalidRequest(`Invalid ${label}: must be a string`, label);
  return value;
}

export function requireString(params: Params, key: string, label = key): string {
  const value = readString(params, key, label);
  if (value === undefined || value === '') throw missingParam(label);
  return value;
}

export function readInt(params: Params, key: string, label = key): number | undefined {
  const value = readString(params, key, label);
  if (value === undefined || value === '') return undefined;
  if (!/^-?\d+$/.test(value)) throw invalidRequest(`Invalid integer: ${value}`, label);
  return Number(value);
}

export function readBool(params: Params, key: string, label = key): boolean | undefined {
  const value = readString(params, key, label);
  if (value === undefined || value === '') return undefined;
  if (value !== 'true' && value !== 'false') throw invalidRequest(`Invalid boolean: ${value}`, label);
  return value === 'true';
}

export function readEnum<T extends string>(
  params: Params,
  key: string,
  allowed: readonly T[],
  label = key,
): T | undefined {
  const value = readString(params, key, label);
  if (value === undefined || value === '') return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw invalidRequest(`Invalid ${label}: must be one of ${allowed.join(', ')}`, label);
  }
  return value as T;
}

export function readObject(params: Params, key: string, label = key): Params | undefined {
  const value = params[key];
  if (value === undefined || value === '') return undefined;
  if (!isParams(value)) throw invalidRequest(`Invalid ${label}: must be an object`, label);
  return value;
}

export function readList(params: Params, key: string, label = key): ParamValue[] | undefined {
  const value = params[key];
  if (value === undefined || value === '') return undefined;
  if (Array.isArray(value)) return value;
  // A lone `key=x` is how some clients send a one-element array.
  if (typeof value === 'string') return [value];
  throw invalidRequest(`Invalid array: ${label}`, label);
}

export function readStringList(params: Params, key: string, label = key): string[] | undefined {
  return readList(params, key, label)?.map((value, i) => {
    if (typeof value !== 'string') throw invalidRequest(`Invalid ${label}[${i}]: must be a string`, `${label}[${i}]`);
    return value;
  });
}

/**
 * Stripe's metadata update rules: a key set to '' is removed, and `metadata=''` clears everything.
 */
export function mergeMetadata(
  current: Record<string, string>,
  params: Params,
  key = 'metadata',
): Record<string, string> {
  const update = params[key];
  if (update === undefined) return current;
  if (update === '') return {};
  if (!isParams(update)) throw invalidRequest(`Invalid ${key}: must be an object`, key);
  const next = { ...current };
  for (const [name, value] of Object.entries(update)) {
    if (typeof value !== 'string') throw invalidRequest(`Invalid ${key}[${name}]: must be a string`, `${key}[${name}]`);
    if (value === '') delete next[name];
    else next[name] = value;
  }
  return next;
}
