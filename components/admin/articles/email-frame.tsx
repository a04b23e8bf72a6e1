'use client';
// The issue email in a frame as tall as the email, so the page scrolls once rather than a box inside it.
import { useEffect, useRef } from 'react';

export function EmailFrame({ html, title }: { html: string; title: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const fit = () => {
    const doc = frame.current?.contentDocument;
    if (frame.current && doc) frame.current.style.height = `${doc.documentElement.scrollHeight + 2}px`;
  };
  // The frame may have loaded before the page hydrated, with nobody listening yet.
  useEffect(() => {
    if (frame.current?.contentDocument?.readyState === 'complete') fit();
  });
  return (
    <iframe
      ref={frame}
      className="email-preview__frame"
      title={title}
      srcDoc={html}
      // No scripts in the email; same origin only so that this page can read its height.
      sandbox="allow-same-origin allow-popups allow-popups-to-escape-sandbox"
      onLoad={fit}
    />
  );
}
