import { Link } from '@react-email/components';
import { render } from '@react-email/render';
import { DEFAULT_LOCALE, type Locale } from '@/domain/i18n/locales';
import { translator } from '@/lib/i18n/messages';
import { newsroomIn } from '@/lib/i18n/newsroom';
import { localePath } from '@/lib/i18n/paths';
import { CodeLine, Headline, MailButton, MailLayout, Paragraph, SmallPrint } from './layout';
import { colors, text } from './theme';

/** What a short service message says, in order; React escapes every string. */
export type NoticeBlock =
  | { paragraph: string }
  | { code: string }
  /** A thing named in bold, then what it is: a newsletter and its description. */
  | { named: { name: string; description: string } }
  | { button: { href: string; label: string } }
  /** A short bulleted list: what membership brings. */
  | { list: string[] }
  /** The button's address written out, for a client that shows no buttons. */
  | { fallbackLink: string };

export type Notice = {
  preheader: string;
  headline: string;
  blocks: NoticeBlock[];
  footer: string;
  siteUrl: string;
  /** The reader's language: the frame's few words, the tagline and the link home are in it. */
  locale?: Locale;
};

function Block({ block, locale }: { block: NoticeBlock; locale: Locale }) {
  if ('paragraph' in block) return <Paragraph>{block.paragraph}</Paragraph>;
  if ('code' in block) return <CodeLine code={block.code} />;
  if ('named' in block)
    return (
      <Paragraph>
        <strong>{block.named.name}</strong>: {block.named.description}
      </Paragraph>
    );
  if ('button' in block) return <MailButton href={block.button.href}>{block.button.label}</MailButton>;
  if ('list' in block)
    return (
      <ul className="rl-ink" style={text.list}>
        {block.list.map((item) => (
          <li key={item} style={text.listItem}>
            {item}
          </li>
        ))}
      </ul>
    );
  return (
    <SmallPrint>
      {translator(locale, 'mail')('fallbackLink')}{' '}
      <Link href={block.fallbackLink} className="rl-accent" style={{ color: colors.accent, wordBreak: 'break-all' }}>
        {block.fallbackLink}
      </Link>
    </SmallPrint>
  );
}

export function NoticeEmail({ preheader, headline, blocks, footer, siteUrl, locale = DEFAULT_LOCALE }: Notice) {
  const { name, tagline } = newsroomIn(locale);
  return (
    <MailLayout
      lang={locale}
      preheader={preheader}
      newsroom={{ name, tagline }}
      siteUrl={`${siteUrl}${localePath(locale, '/')}`.replace(/\/$/, '')}
      footer={<SmallPrint>{footer}</SmallPrint>}
    >
      <Headline>{headline}</Headline>
      {blocks.map((block, i) => (
        <Block key={i} block={block} locale={locale} />
      ))}
    </MailLayout>
  );
}

export function renderNotice(notice: Notice): Promise<string> {
  return render(<NoticeEmail {...notice} />);
}
