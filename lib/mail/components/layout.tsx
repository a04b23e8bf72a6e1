import type { ReactNode } from 'react';
import { Button, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from '@react-email/components';
import { colors, DARK_CSS, fonts, text } from './theme';

/**
 * Every message's frame: the wordmark, a 600 px column that fills a phone's width, the
 * message, then a footer. React Email draws the tables Outlook needs, so nothing here does.
 */
export function MailLayout({
  preheader,
  newsroom,
  siteUrl,
  children,
  footer,
  lang = 'en',
}: {
  /** The message's language (a locale code): what screen readers and translators go by. */
  lang?: string;
  preheader: string;
  newsroom: { name: string; tagline: string };
  siteUrl: string;
  children: ReactNode;
  footer: ReactNode;
}) {
  return (
    <Html lang={lang} dir="ltr">
      <Head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <style dangerouslySetInnerHTML={{ __html: DARK_CSS }} />
      </Head>
      {/* Not React Email's <Body>: it copies the background onto a cell the dark scheme cannot reach by class. */}
      <body className="rl-page" style={{ margin: 0, padding: 0, backgroundColor: colors.page }}>
        <Preview>{preheader}</Preview>
        <Section className="rl-page rl-outer" style={{ backgroundColor: colors.page, padding: '24px 0' }}>
          <Container
            className="rl-card"
            style={{ maxWidth: '600px', width: '100%', margin: '0 auto', backgroundColor: colors.card }}
          >
            <Section className="rl-pad" style={{ padding: '28px 24px 0' }}>
              <Link
                href={siteUrl}
                className="rl-ink"
                style={{
                  fontFamily: fonts.serif,
                  fontSize: '30px',
                  lineHeight: '34px',
                  fontWeight: 700,
                  letterSpacing: '-0.5px',
                  color: colors.ink,
                  textDecoration: 'none',
                }}
              >
                {newsroom.name}
              </Link>
              <Text className="rl-muted" style={{ ...text.small, fontSize: '12px', margin: '4px 0 0' }}>
                {newsroom.tagline}
              </Text>
              <Hr
                className="rl-rule-strong"
                style={{ borderColor: colors.ink, borderTopWidth: '2px', margin: '18px 0 0' }}
              />
            </Section>
            <Section className="rl-pad" style={{ padding: '24px 24px 8px' }}>
              {children}
            </Section>
            <Section className="rl-pad" style={{ padding: '0 24px 28px' }}>
              <Hr className="rl-rule" style={{ borderColor: colors.rule, margin: '0 0 18px' }} />
              {footer}
            </Section>
          </Container>
        </Section>
      </body>
    </Html>
  );
}

export function Paragraph({ children }: { children: ReactNode }) {
  return (
    <Text className="rl-ink" style={text.paragraph}>
      {children}
    </Text>
  );
}

export function SmallPrint({ children }: { children: ReactNode }) {
  return (
    <Text className="rl-muted" style={text.small}>
      {children}
    </Text>
  );
}

export function MailButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Section style={{ margin: '8px 0 26px' }}>
      <Button
        href={href}
        className="rl-button"
        style={{
          backgroundColor: colors.accent,
          color: colors.accentInk,
          fontFamily: fonts.sans,
          fontSize: '16px',
          fontWeight: 700,
          lineHeight: '20px',
          padding: '13px 22px',
          borderRadius: '3px',
          textDecoration: 'none',
        }}
      >
        {children}
      </Button>
    </Section>
  );
}

/** A sign-in code, large and spaced so it can be read off one screen and typed on another. */
export function CodeLine({ code }: { code: string }) {
  return (
    <Text
      className="rl-ink"
      style={{
        fontFamily: fonts.mono,
        fontSize: '30px',
        lineHeight: '38px',
        fontWeight: 700,
        letterSpacing: '6px',
        color: colors.ink,
        margin: '0 0 18px',
      }}
    >
      {code}
    </Text>
  );
}

export function Headline({ children }: { children: ReactNode }) {
  return (
    <Heading
      as="h1"
      className="rl-ink rl-headline"
      style={{
        fontFamily: fonts.serif,
        fontSize: '30px',
        lineHeight: '36px',
        fontWeight: 700,
        letterSpacing: '-0.3px',
        color: colors.ink,
        margin: '0 0 16px',
      }}
    >
      {children}
    </Heading>
  );
}
