'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False in the server's HTML and until React has hydrated this part of the page, true after.
 * Buttons that act through JavaScript alone stay disabled until then, so a click on a page that
 * is not yet interactive is refused visibly instead of doing nothing.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
