import 'server-only';
import { DEFAULT_LOCALE, type Locale } from '@/domain/i18n/locales';
import { env } from '@/lib/env';
import { getNewsroom } from '@/lib/newsroom';
import { renderNotice, type NoticeBlock } from './components/notice';
import type { MailMessage } from './mailer';

type Lines = [string, string][];

/**
 * A plain notice (receipts, gifts, reminders): a headline, paragraphs, labelled lines, an optional
 * button with its link written out, more paragraphs, and the newsroom's address, as text and as
 * HTML (components/notice.tsx) with the same words in the same order. The words are the caller's,
 * already in `locale`; the frame around them (the HTML's lang, the tagline, the link home, "if the
 * button does not work") follows it.
 */
export async function noticeMail({
  to,
  subject,
  headline,
  preheader,
  paragraphs,
  lines = [],
  button,
  after = [],
  footer,
  locale = DEFAULT_LOCALE,
}: {
  to: string;
  subject: string;
  headline: string;
  preheader: string;
  paragraphs: string[];
  lines?: Lines;
  button?: { href: string; label: string };
  after?: string[];
  footer: string;
  locale?: Locale;
}): Promise<MailMessage> {
  const { name, contactEmail } = getNewsroom();
  const contact = `${name} · ${env.SITE_URL} · ${contactEmail}`;
  const blocks: NoticeBlock[] = [
    ...paragraphs.map((paragraph) => ({ paragraph })),
    ...lines.map(([label, value]) => ({ named: { name: label, description: value } })),
    ...(button ? [{ button }, { fallbackLink: button.href }] : []),
    ...after.map((paragraph) => ({ paragraph })),
    { paragraph: contact },
  ];
  return {
    to,
    subject,
    text: [
      headline,
      '',
      ...paragraphs.flatMap((p) => [p, '']),
      ...(lines.length ? [...lines.map(([label, value]) => `${label}: ${value}`), ''] : []),
      ...(button ? [`${button.label}: ${button.href}`, ''] : []),
      ...after.flatMap((p) => [p, '']),
      footer,
      '',
      contact,
    ].join('\n'),
    html: await renderNotice({ preheader, headline, blocks, footer, siteUrl: env.SITE_URL, locale }),
  };
}
