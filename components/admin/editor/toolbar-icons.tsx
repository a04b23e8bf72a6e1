// The toolbar's pictures: a letter for text styles, a drawn line icon for the rest.
import type { ReactNode } from 'react';
import type { Command } from './toolbar-tools';

export const TOOL_ICONS: Record<Command, ReactNode> = {
  paragraph: <span className="body-editor__glyph">¶</span>,
  h2: <span className="body-editor__glyph">H2</span>,
  h3: <span className="body-editor__glyph">H3</span>,
  bold: <span className="body-editor__glyph body-editor__glyph--bold">B</span>,
  italic: <span className="body-editor__glyph body-editor__glyph--italic">I</span>,
  link: (
    <Icon d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" />
  ),
  blockquote: <Icon d="M5 4v16M10 7h9M10 12h9M10 17h6" />,
  pullQuote: <span className="body-editor__glyph body-editor__glyph--quote">“”</span>,
  bulletList: <Icon d="M9 6h11M9 12h11M9 18h11M4 6h.01M4 12h.01M4 18h.01" />,
  orderedList: (
    <Icon d="M10 6h10M10 12h10M10 18h10M4 4.5 5 4v4M3.8 10.5c.3-.6 1.9-.8 1.9.3 0 .9-1.9 1.6-1.9 3.2h2M3.8 16h1.8l-1 1.2c.7 0 1.2.4 1.2 1s-.5 1-1.2 1H3.8" />
  ),
  picture: <Icon d="M4 5h16v14H4zM4 16l5-5 4 4 2-2 5 5M15.5 9.5h.01" />,
  divider: <Icon d="M3 12h18M8 7h8M8 17h8" faint />,
  undo: <Icon d="M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />,
  redo: <Icon d="m15 14 5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13" />,
};

function Icon({ d, faint }: { d: string; faint?: boolean }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="18"
      height="18"
      fill="none"
      stroke="currentColor"
      strokeWidth={faint ? 1.6 : 2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={d} />
    </svg>
  );
}
