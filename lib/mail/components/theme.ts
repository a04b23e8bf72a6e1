import type { CSSProperties } from 'react';

/**
 * The newsroom's look in mail: the site's paper, ink and rust accent (app/globals.css), with
 * web-safe stacks, since most mail clients load no web fonts. Light colours are what every
 * client starts from; clients that honour prefers-color-scheme get DARK_CSS, and those that
 * invert colours on their own (Gmail's apps, Outlook) get mid-tones that survive inversion.
 */
export const colors = {
  page: '#f2efe8',
  card: '#ffffff',
  ink: '#1b1b1a',
  ink2: '#4a4844',
  muted: '#5e5b55',
  rule: '#dcd7cc',
  accent: '#9e3119',
  accentInk: '#ffffff',
  soft: '#f6e7e1',
} as const;

export const fonts = {
  serif: "'Source Serif 4', 'Source Serif Pro', Georgia, 'Times New Roman', serif",
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
  mono: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace",
} as const;

/** The content column: 600 px less the card's padding on either side. */
export const CONTENT_WIDTH = 552;

/**
 * Classes the elements carry so that a client reading <style> can recolour them: dark mode
 * (Apple Mail, iOS Mail, Outlook.com's [data-ogsc]) and a narrower padding on a phone.
 */
export const DARK_CSS = `
:root { color-scheme: light dark; supported-color-schemes: light dark; }
@media (prefers-color-scheme: dark) {
  .rl-page { background-color: #141517 !important; }
  .rl-card { background-color: #1d1f22 !important; }
  .rl-ink { color: #ebe7df !important; }
  .rl-ink2 { color: #cfcac0 !important; }
  .rl-muted { color: #a9a398 !important; }
  .rl-rule { border-color: #34373c !important; }
  .rl-rule-strong { border-color: #ebe7df !important; }
  .rl-accent { color: #f0937a !important; }
  .rl-button { background-color: #f0937a !important; color: #1b1b1a !important; }
  .rl-soft { background-color: #2b201d !important; }
}
[data-ogsc] .rl-ink { color: #ebe7df !important; }
[data-ogsc] .rl-ink2 { color: #cfcac0 !important; }
[data-ogsc] .rl-muted { color: #a9a398 !important; }
[data-ogsc] .rl-accent { color: #f0937a !important; }
[data-ogsb] .rl-page { background-color: #141517 !important; }
[data-ogsb] .rl-card { background-color: #1d1f22 !important; }
[data-ogsb] .rl-soft { background-color: #2b201d !important; }
@media only screen and (max-width: 480px) {
  .rl-outer { padding: 0 !important; }
  .rl-pad { padding-left: 18px !important; padding-right: 18px !important; }
  .rl-headline { font-size: 28px !important; line-height: 34px !important; }
}
`;

const paragraph: CSSProperties = {
  fontFamily: fonts.serif,
  fontSize: '17px',
  lineHeight: '27px',
  color: colors.ink,
  margin: '0 0 18px',
};

export const text = {
  paragraph,
  small: {
    fontFamily: fonts.sans,
    fontSize: '13px',
    lineHeight: '20px',
    color: colors.muted,
    margin: '0 0 10px',
  },
  /** A bulleted or numbered list: a story's in an issue, the benefits in the welcome mail. */
  list: { ...paragraph, paddingLeft: '26px' },
  listItem: { margin: '0 0 8px' },
} satisfies Record<string, CSSProperties>;
