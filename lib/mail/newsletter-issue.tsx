import { Link, Section, Text } from '@react-email/components';
import { render } from '@react-email/render';
import { previewOf, type BodyDoc } from '@/domain/articles/body-doc';
import { formatDate } from '@/lib/format';
import { getNewsroom } from '@/lib/newsroom';
import { escapeHtml } from '@/lib/render/body-html';
import { bodyToMailText } from './body-text';
import { EmailBody } from './components/body';
import { Headline, MailButton, MailLayout, Paragraph, SmallPrint } from './components/layout';
import { colors, fonts } from './components/theme';

export type IssueEmailInput = {
  newsletter: { name: string; slug: string; senderName: string };
  issue: {
    subject: string;
    preheader: string;
    slug: string;
    access: 'public' | 'members';
    body: BodyDoc;
    sentAt: Date;
  };
  version: 'member' | 'free';
  /** The site's absolute origin, e.g. https://ridgeline.example: a mail has no page to be relative to. */
  siteUrl: string;
  /** "Send a test to me": the subject says [Test] and the mail says it went to the sender only. */
  test?: boolean;
};

/**
 * Stands for each recipient's own unsubscribe address until personalise() puts it in. Plain
 * letters, digits and URL punctuation, so React's escaping leaves it as it is in the HTML.
 */
export const UNSUBSCRIBE_URL_PLACEHOLDER = 'https://unsubscribe.invalid/__RIDGELINE_UNSUBSCRIBE__';

export type PreparedIssueEmail = {
  subject: string;
  personalise(unsubscribeUrl: string): { html: string; text: string };
};

const MEMBERS_HEADING = 'The rest of this issue is for members';

/**
 * The body a version may carry. The members-only cut is the site's (previewOf, which fails
 * closed whatever the body's shape), made here before anything renders: the free version's
 * React tree and text never hold the rest.
 */
function bodyFor({ issue, version }: Pick<IssueEmailInput, 'issue' | 'version'>): { body: BodyDoc; cut: boolean } {
  if (issue.access === 'members' && version !== 'member') return { body: previewOf(issue.body), cut: true };
  return { body: issue.body, cut: false };
}

function IssueEmail({ input, body, cut }: { input: IssueEmailInput; body: BodyDoc; cut: boolean }) {
  const { newsletter, issue, siteUrl, test } = input;
  const { name, tagline, contactEmail } = getNewsroom();
  const webUrl = issueWebUrl(input);
  return (
    <MailLayout
      preheader={issue.preheader}
      newsroom={{ name, tagline }}
      siteUrl={siteUrl}
      footer={
        <>
          <SmallPrint>{`You receive ${newsletter.name} because you subscribed to it.`}</SmallPrint>
          <SmallPrint>
            <Link href={UNSUBSCRIBE_URL_PLACEHOLDER} className="rl-muted" style={footerLink}>
              Unsubscribe
            </Link>
            {'  ·  '}
            <Link href={`${siteUrl}/account`} className="rl-muted" style={footerLink}>
              Manage your newsletters
            </Link>
          </SmallPrint>
          <SmallPrint>{postalLine({ name, tagline, contactEmail })}</SmallPrint>
        </>
      }
    >
      {test ? (
        <Section className="rl-soft" style={{ backgroundColor: colors.soft, padding: '10px 14px', margin: '0 0 20px' }}>
          <Text
            className="rl-ink"
            style={{ ...kicker, color: colors.ink, margin: 0, textTransform: 'none', letterSpacing: 0 }}
          >
            {testLine(input)}
          </Text>
        </Section>
      ) : null}
      <Text className="rl-accent" style={kicker}>
        {newsletter.name}
        <span className="rl-muted" style={{ color: colors.muted, fontWeight: 400 }}>
          {`  ·  ${formatDate(issue.sentAt)}`}
        </span>
      </Text>
      <Headline>{issue.subject}</Headline>
      <EmailBody doc={body} siteUrl={siteUrl} webUrl={webUrl} />
      {cut ? (
        <Section
          className="rl-soft"
          style={{ backgroundColor: colors.soft, padding: '20px 20px 4px', margin: '8px 0 24px', borderRadius: '3px' }}
        >
          <Text
            className="rl-ink"
            style={{
              fontFamily: fonts.serif,
              fontSize: '21px',
              lineHeight: '27px',
              fontWeight: 700,
              margin: '0 0 10px',
            }}
          >
            {MEMBERS_HEADING}
          </Text>
          <Paragraph>{membersSentence(input)}</Paragraph>
          <MailButton href={`${siteUrl}/membership`}>Become a member</MailButton>
        </Section>
      ) : null}
      <Text style={{ fontFamily: fonts.sans, fontSize: '15px', lineHeight: '22px', margin: '8px 0 24px' }}>
        <Link href={webUrl} className="rl-accent" style={{ color: colors.accent, textDecoration: 'underline' }}>
          Read it on the web
        </Link>
      </Text>
    </MailLayout>
  );
}

const kicker = {
  fontFamily: fonts.sans,
  fontSize: '13px',
  lineHeight: '18px',
  fontWeight: 700,
  letterSpacing: '0.6px',
  textTransform: 'uppercase' as const,
  color: colors.accent,
  margin: '0 0 10px',
};

const footerLink = { color: colors.muted, textDecoration: 'underline' };

const issueWebUrl = ({ siteUrl, newsletter, issue }: IssueEmailInput) =>
  `${siteUrl}/newsletters/${encodeURIComponent(newsletter.slug)}/${encodeURIComponent(issue.slug)}`;

const membersSentence = ({ newsletter }: IssueEmailInput) =>
  `${getNewsroom().name} is paid for by its readers: members read every issue of ${newsletter.name} in full, and every members-only story on the site.`;

const testLine = ({ version }: IssueEmailInput) =>
  `This is a test of the ${version === 'member' ? 'members’' : 'free subscribers’'} version, sent only to you.`;

/** The newsroom's name and how to reach it: content/newsroom.yaml holds no street address. */
const postalLine = ({ name, tagline, contactEmail }: { name: string; tagline: string; contactEmail: string }) =>
  `${name} · ${tagline} · ${contactEmail}`;

function issueText(input: IssueEmailInput, body: BodyDoc, cut: boolean): string {
  const { newsletter, issue, siteUrl, test } = input;
  const { name, tagline, contactEmail } = getNewsroom();
  const webUrl = issueWebUrl(input);
  const parts = [
    ...(test ? [testLine(input)] : []),
    `${newsletter.name} · ${formatDate(issue.sentAt)}`,
    `${issue.subject}\n${'='.repeat(Math.min(issue.subject.length, 60))}`,
    bodyToMailText(body, { siteUrl, webUrl }),
    ...(cut ? [`${MEMBERS_HEADING}\n\n${membersSentence(input)}\n\nBecome a member: ${siteUrl}/membership`] : []),
    `Read it on the web: ${webUrl}`,
    [
      '--',
      `You receive ${newsletter.name} because you subscribed to it.`,
      `Unsubscribe: ${UNSUBSCRIBE_URL_PLACEHOLDER}`,
      `Manage your newsletters: ${siteUrl}/account`,
      postalLine({ name, tagline, contactEmail }),
    ].join('\n'),
  ];
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}

/**
 * Renders an issue once for a version (the members' or the free subscribers'); each recipient's
 * message is then only the unsubscribe address put in, so a send of thousands renders twice.
 * No tracking pixel and no per-reader link parameters: the unsubscribe link is the only
 * address that differs between two readers.
 */
export async function prepareIssueEmail(input: IssueEmailInput): Promise<PreparedIssueEmail> {
  const { body, cut } = bodyFor(input);
  const [html, text] = [
    (await render(<IssueEmail input={input} body={body} cut={cut} />)).split(UNSUBSCRIBE_URL_PLACEHOLDER),
    issueText(input, body, cut).split(UNSUBSCRIBE_URL_PLACEHOLDER),
  ];
  return {
    subject: `${input.test ? '[Test] ' : ''}${input.issue.subject}`,
    personalise(unsubscribeUrl) {
      if (!/^https?:\/\//.test(unsubscribeUrl)) throw new Error(`Not an unsubscribe URL: ${unsubscribeUrl}`);
      return { html: html.join(escapeHtml(unsubscribeUrl)), text: text.join(unsubscribeUrl) };
    },
  };
}

/** One version with one unsubscribe address, for a preview (the admin's iframe) or a single message. */
export async function renderIssueEmail(
  input: IssueEmailInput,
  unsubscribeUrl: string = UNSUBSCRIBE_URL_PLACEHOLDER,
): Promise<{ subject: string; html: string; text: string }> {
  const prepared = await prepareIssueEmail(input);
  return { subject: prepared.subject, ...prepared.personalise(unsubscribeUrl) };
}
