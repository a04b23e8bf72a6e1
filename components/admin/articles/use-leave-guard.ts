// Asks before the page is left, or a link inside the app followed, while there is unsaved work.
import { useEffect } from 'react';

export function useLeaveGuard(hasUnsavedWork: () => boolean, question: string) {
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!hasUnsavedWork()) return;
      event.preventDefault();
      event.returnValue = '';
    };
    // Links inside the app navigate without unloading the page, so they ask too.
    const confirmLeave = (event: MouseEvent) => {
      if (
        !hasUnsavedWork() ||
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey
      )
        return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank' || link.origin !== window.location.origin)
        return;
      if (link.pathname === window.location.pathname && link.search === window.location.search && link.hash) return;
      if (!window.confirm(question)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', warn);
    document.addEventListener('click', confirmLeave, true);
    return () => {
      window.removeEventListener('beforeunload', warn);
      document.removeEventListener('click', confirmLeave, true);
    };
  }, [hasUnsavedWork, question]);
}
