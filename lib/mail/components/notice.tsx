import { Link } from '@react-email/components';
import { render } from '@react-email/render';
import { getNewsroom } from '@/lib/newsroom';
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
};

function Block({ block }: { block: NoticeBlock }) {
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
      If the button does not work, open this link:{' '}
      <Link href={block.fallbackLink} className="rl-accent" style={{ color: colors.accent, wordBreak: 'break-all' }}>
        {block.fallbackLink}
      </Link>
    </SmallPrint>
  );
}

export function NoticeEmail({ preheader, headline, blocks, footer, siteUrl }: Notice) {
  const { name, tagline } = getNewsroom();
  return (
    <MailLayout
      preheader={preheader}
      newsroom={{ name, tagline }}
      siteUrl={siteUrl}
      footer={<SmallPrint>{footer}</SmallPrint>}
    >
      <Headline>{headline}</Headline>
      {blocks.map((block, i) => (
        <Block key={i} block={block} />
      ))}
    </MailLayout>
  );
}

export function renderNotice(notice: Notice): Promise<string> {
  return render(<NoticeEmail {...notice} />);
}
