'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';

/**
 * Asks every second and a half whether the webhook has made the reader a member, then
 * re-renders the page as the welcome. After 30 seconds it stops asking and says so calmly.
 */
export function ActivationPoller({ labels }: { labels: { activating: string; slow: string } }) {
  const router = useRouter();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const started = Date.now();
    let stopped = false;
    const tick = async () => {
      if (stopped) return;
      try {
        const response = await fetch('/api/membership/status', { cache: 'no-store' });
        if (response.ok && (await response.json()).member) {
          router.refresh();
          return;
        }
      } catch {
        // a dropped request is retried on the next tick
      }
      if (Date.now() - started > 30_000) setSlow(true);
      else setTimeout(() => void tick(), 1500);
    };
    const first = setTimeout(() => void tick(), 800);
    return () => {
      stopped = true;
      clearTimeout(first);
    };
  }, [router]);
  return (
    <p role="status" className="notice">
      {slow ? labels.slow : labels.activating}
    </p>
  );
}
