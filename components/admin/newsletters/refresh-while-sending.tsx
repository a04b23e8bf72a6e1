'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * While an issue is being sent, asks the server for the page again every `everyMs` (a refresh of
 * the server components, not a reload: scroll and focus stay). Rendered only while the send
 * runs, so the refreshes stop with the render that shows it finished. A hidden tab waits.
 */
export function RefreshWhileSending({ everyMs = 2000 }: { everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') router.refresh();
    }, everyMs);
    return () => window.clearInterval(timer);
  }, [router, everyMs]);
  return null;
}
