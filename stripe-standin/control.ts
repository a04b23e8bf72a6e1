import { invalidRequest } from './errors';
import { readBool, readEnum, readInt, readString, type Params } from './form';
import type { Settings, Store } from './store';

/**
 * The stand-in's own endpoints under /_standin/, for tests and local runs: the clock, reset,
 * settings and webhook switches. Stripe has no such thing; the app never calls them.
 */
export interface ControlContext {
  store: Store;
  advanceClock(seconds: number): void;
  reset(): void;
  flushWebhooks(): Promise<number>;
}

function updateSettings(settings: Settings, params: Params): Settings {
  const failedRenewal = readEnum(params, 'failedRenewal', ['canceled', 'unpaid'] as const);
  if (failedRenewal) settings.failedRenewal = failedRenewal;
  const businessName = readString(params, 'businessName');
  if (businessName !== undefined) settings.businessName = businessName || null;
  for (const key of ['duplicate', 'shuffle', 'paused'] as const) {
    const value = readBool(params, key);
    if (value !== undefined) settings[key] = value;
  }
  const delayMs = readInt(params, 'delayMs');
  if (delayMs !== undefined) {
    if (delayMs < 0) throw invalidRequest('delayMs must be 0 or more', 'delayMs');
    settings.delayMs = delayMs;
  }
  return settings;
}

/** Answers a control request with a JSON body, or null when the path is not a control endpoint. */
export async function handleControl(
  method: string,
  path: string,
  query: URLSearchParams,
  params: Params,
  context: ControlContext,
): Promise<unknown> {
  const { store } = context;
  const route = `${method} ${path}`;
  switch (route) {
    case 'GET /_standin/health':
      return { ok: true, now: store.now() };
    case 'GET /_standin/clock':
      return { now: store.now() };
    case 'POST /_standin/clock/advance': {
      const seconds = readInt(params, 'seconds');
      if (seconds === undefined || seconds < 0)
        throw invalidRequest('seconds must be a whole number, 0 or more', 'seconds');
      context.advanceClock(seconds);
      return { now: store.now() };
    }
    case 'POST /_standin/reset':
      context.reset();
      return { ok: true };
    case 'GET /_standin/settings':
      return store.state.settings;
    case 'POST /_standin/settings': {
      const settings = updateSettings(store.state.settings, params);
      store.save();
      return settings;
    }
    case 'POST /_standin/webhooks/flush':
      return { flushed: await context.flushWebhooks() };
    case 'GET /_standin/webhooks/deliveries': {
      const event = query.get('event');
      const type = query.get('type');
      const data = store.state.deliveries.log.filter(
        (entry) => (!event || entry.event === event) && (!type || entry.type === type),
      );
      return { data, pending: store.state.deliveries.pending.length };
    }
    default:
      return null;
  }
}
