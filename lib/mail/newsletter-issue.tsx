import { Link, Section, Text } from '@react-email/components';
import { render } from '@react-email/render';
import { previewOf, type BodyDoc } from '@/domain/articles/body-doc';
import { localeOr, type Locale } from '@/domain/i18n/locales';
import { formatter, translator } from '@/lib/i18n/messages';
import { newsroomIn } from '@/lib/i18n/newsroom';
import { localePath } from '@/lib/i18n/paths';
import { escapeHtml } from '@/lib/render/body-html';
import { bodyToMailText } from './body-text';
import { EmailBody } from './components/body';
import { Headline, MailButton, MailLayout, Paragraph, SmallPrint } from './components/layout';
import { colors, fonts } from './components/theme';

export type IssueEmailInput = {
  /** `language`: what its issues are written in, and so the mail's frame, footer and links (English when absent). */
  newsletter: { name: string; slug: string; senderName: string; language?: string };
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

/**
 * The body a version may carry. The members-only cut is the site's (previewOf, which fails
 * closed whatever the body's shape), made here before anything renders: the free version's
 * React tree and text never hold the rest.
 */
function bodyFor({ issue, version }: Pick<IssueEmailInput, 'issue' | 'version'>): { body: BodyDoc; cut: boolean } {
  if (issue.access === 'members' && version !== 'member') return { body: previewOf(issue.body), cut: true };
  return { body: issue.body, cut: false };
}

/** The language an issue's mail is in: its newsletter's. */
const mailLocale = ({ newsletter }: Pick<IssueEmailInput, 'newsletter'>): Locale => localeOr(newsletter.language);

/** An address on the site, in the edition of the mail's language. */
const siteLink = (input: IssueEmailInput, path: string) => `${input.siteUrl}${localePath(mailLocale(input), path)}`;

function IssueEmail({ input, body, cut }: { input: IssueEmailInput; body: BodyDoc; cut: boolean }) {
  const { newsletter, issue, siteUrl, test } = input;
  const locale = mailLocale(input);
  const t = translator(locale, 'newsletterIssueMail');
  const { name, tagline, contactEmail } = newsroomIn(locale);
  const webUrl = issueWebUrl(input);
  return (
    <MailLayout
      lang={locale}
      preheader={issue.preheader}
      newsroom={{ name, tagline }}
      siteUrl={siteLink(input, '/').replace(/\/$/, '')}
      footer={
        <>
          <SmallPrint>{t('whyYouReceive', { name: quoted(locale, newsletter.name) })}</SmallPrint>
          <SmallPrint>
            <Link href={UNSUBSCRIBE_URL_PLACEHOLDER} className="rl-muted" style={footerLink}>
              {t('unsubscribe')}
            </Link>
            {'  ·  '}
            <Link href={siteLink(input, '/account')} className="rl-muted" style={footerLink}>
              {t('manage')}
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
          {`  ·  ${formatter(locale).date(issue.sentAt)}`}
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
            {t('membersHeading')}
          </Text>
          <Paragraph>{membersSentence(input)}</Paragraph>
          <MailButton href={siteLink(input, '/membership')}>{t('becomeMember')}</MailButton>
        </Section>
      ) : null}
      <Text style={{ fontFamily: fonts.sans, fontSize: '15px', lineHeight: '22px', margin: '8px 0 24px' }}>
        <Link href={webUrl} className="rl-accent" style={{ color: colors.accent, textDecoration: 'underline' }}>
          {t('readOnWeb')}
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

/** A newsletter's name as running text in `locale` quotes it: Ridgeline Weekly / «Неделя на Кавказе». */
const quoted = (locale: Locale, name: string) => translator(locale, 'newsletterLanguage')('quoted', { name });

const issueWebUrl = (input: IssueEmailInput) =>
  siteLink(input, `/newsletters/${encodeURIComponent(input.newsletter.slug)}/${encodeURIComponent(input.issue.slug)}`);

const membersSentence = (input: IssueEmailInput) => {
  const locale = mailLocale(input);
  return translator(locale, 'newsletterIssueMail')('membersSentence', {
    newsroom: newsroomIn(locale).name,
    name: quoted(locale, input.newsletter.name),
  });
};

const testLine = (input: IssueEmailInput) =>
  translator(mailLocale(input), 'newsletterIssueMail')('testLine', { version: input.version });

/** The newsroom's name and how to reach it: content/newsroom.yaml holds no street address. */
const postalLine = ({ name, tagline, contactEmail }: { name: string; tagline: string; contactEmail: string }) =>
  `${name} · ${tagline} · ${contactEmail}`;

function issueText(input: IssueEmailInput, body: BodyDoc, cut: boolean): string {
  const { newsletter, issue, siteUrl, test } = input;
  const locale = mailLocale(input);
  const t = translator(locale, 'newsletterIssueMail');
  const { name, tagline, contactEmail } = newsroomIn(locale);
  const webUrl = issueWebUrl(input);
  const membersPart = [
    t('membersHeading'),
    membersSentence(input),
    t('textBecomeMember', { url: siteLink(input, '/membership') }),
  ].join('\n\n');
  const parts = [
    ...(test ? [testLine(input)] : []),
    `${newsletter.name} · ${formatter(locale).date(issue.sentAt)}`,
    `${issue.subject}\n${'='.repeat(Math.min(issue.subject.length, 60))}`,
    bodyToMailText(body, { siteUrl, webUrl, locale }),
    ...(cut ? [membersPart] : []),
    t('textReadOnWeb', { url: webUrl }),
    [
      '--',
      t('whyYouReceive', { name: quoted(locale, newsletter.name) }),
      t('textUnsubscribe', { url: UNSUBSCRIBE_URL_PLACEHOLDER }),
      t('textManage', { url: siteLink(input, '/account') }),
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
  const subject = input.issue.subject;
  return {
    subject: input.test ? translator(mailLocale(input), 'newsletterIssueMail')('testSubject', { subject }) : subject,
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
