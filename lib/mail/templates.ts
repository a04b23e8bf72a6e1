import { DEFAULT_LOCALE, type Locale } from '@/domain/i18n/locales';
import { env } from '@/lib/env';
import { formatter, translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { getNewsroom } from '@/lib/newsroom';
import { renderNotice, type Notice } from './components/notice';
import type { MailMessage } from './mailer';

/**
 * The service messages. Each writes its plain-text part itself, so the wording readers (and the
 * tests that read the sign-in code out of it) see is exactly what is here; the HTML part is
 * the same words in the newsroom's layout (components/notice.tsx), rendered by React Email.
 */
async function message(
  to: string,
  subject: string,
  text: string[],
  notice: Omit<Notice, 'siteUrl'>,
): Promise<MailMessage> {
  return { to, subject, text: text.join('\n'), html: await renderNotice({ ...notice, siteUrl: env.SITE_URL }) };
}

export async function signInMail({
  to,
  link,
  code,
  minutes,
  locale = DEFAULT_LOCALE,
}: {
  to: string;
  link: string;
  code: string;
  minutes: number;
  locale?: Locale;
}): Promise<MailMessage> {
  const name = getNewsroom().name;
  const t = translator(locale, 'mail');
  const expiry = t('signInExpiry', { minutes });
  const footer = t('signInFooter', { name });
  return message(
    to,
    t('signInSubject', { name, code }),
    [
      t('signInHeading', { name }),
      '',
      t('signInOpenLink'),
      link,
      '',
      t('signInTypeCodeText', { code }),
      '',
      expiry,
      '',
      footer,
    ],
    {
      preheader: t('signInPreheader', { code }),
      headline: t('signInHeading', { name }),
      blocks: [
        { paragraph: t('signInUseButton', { name }) },
        { button: { href: link, label: t('signInHeading', { name }) } },
        { paragraph: t('signInTypeCode') },
        { code },
        { paragraph: expiry },
        { fallbackLink: link },
      ],
      footer,
      locale,
    },
  );
}

const ROLE_DUTIES = {
  contributor: 'write stories and submit them to an editor',
  editor: 'write, edit and publish stories, and look after authors, appeals and members',
  admin: 'do everything in the newsroom, including inviting people and setting their roles',
} as const;

/** A staff invitation: who invited them, for what role, and a sign-in link and code like any other. */
export async function staffInviteMail({
  to,
  invitedBy,
  role,
  link,
  code,
  hours,
}: {
  to: string;
  invitedBy: string;
  role: keyof typeof ROLE_DUTIES;
  link: string;
  code: string;
  hours: number;
}): Promise<MailMessage> {
  const name = getNewsroom().name;
  const article = role === 'editor' || role === 'admin' ? 'an' : 'a';
  const invite = `${invitedBy} invited you to join the ${name} newsroom as ${article} ${role}.`;
  const duties = `As ${article} ${role} you can ${ROLE_DUTIES[role]}.`;
  const later = `The link and the code work once, for ${hours} hours. After that, sign in at ${env.SITE_URL}/signin with this address (${to}).`;
  const footer = `If you did not expect this, ignore this email: nobody can sign in without it.`;
  return message(
    to,
    `${invitedBy} invited you to the ${name} newsroom`,
    [
      invite,
      duties,
      '',
      'Open this link to sign in:',
      link,
      '',
      `Or type this code on the sign-in page: ${code}`,
      '',
      later,
      '',
      footer,
    ],
    {
      preheader: `You are invited as ${article} ${role}`,
      headline: `Join the ${name} newsroom`,
      blocks: [
        { paragraph: invite },
        { paragraph: duties },
        { button: { href: link, label: `Sign in to ${name}` } },
        { paragraph: 'Or type this code on the sign-in page:' },
        { code },
        { paragraph: later },
        { fallbackLink: link },
      ],
      footer,
    },
  );
}

export async function welcomeMail({
  to,
  tier,
  newsletters = [],
  benefits = [],
  locale = DEFAULT_LOCALE,
}: {
  to: string;
  tier: string;
  newsletters?: string[];
  /** What membership brings, as the newsroom lists it in the admin. */
  benefits?: string[];
  /** The reader's language (their account's). */
  locale?: Locale;
}): Promise<MailMessage> {
  const { name } = getNewsroom();
  const t = translator(locale, 'mail');
  const account = `${env.SITE_URL}${localePath(locale, '/account')}`;
  const thanks = t('welcomeThanks', { name, tier });
  // With the newsroom's list of benefits the mail names them; without one, it says the basics.
  const keeps = benefits.length ? t('welcomeKeeps') : t('welcomeKeepsBasics');
  const brief = newsletters.length
    ? t('welcomeBrief', { names: formatter(locale).list(newsletters), count: newsletters.length })
    : '';
  return message(
    to,
    t('welcomeSubject', { name }),
    [
      t('welcomeSubject', { name }),
      '',
      thanks,
      '',
      keeps,
      ...(benefits.length ? ['', t('welcomeBenefits'), ...benefits.map((b) => `- ${b}`)] : []),
      '',
      t('welcomeAccountLine', { url: account }),
      '',
      t('welcomeChange', { brief }),
      '',
    ],
    {
      preheader: t('welcomePreheader'),
      headline: t('welcomeSubject', { name }),
      blocks: [
        { paragraph: thanks },
        { paragraph: keeps },
        ...(benefits.length ? [{ paragraph: t('welcomeBenefits') }, { list: benefits }] : []),
        { button: { href: account, label: t('yourAccount') } },
        { paragraph: t('welcomeChangeHtml', { brief }) },
      ],
      footer: t('welcomeFooter'),
      locale,
    },
  );
}

export async function paymentFailedMail({
  to,
  locale = DEFAULT_LOCALE,
}: {
  to: string;
  locale?: Locale;
}): Promise<MailMessage> {
  const { name } = getNewsroom();
  const t = translator(locale, 'mail');
  const link = `${env.SITE_URL}${localePath(locale, '/account/billing/card')}`;
  const failed = t('paymentFailed', { name });
  const keep = t('paymentFailedKeep');
  return message(to, t('paymentFailedSubject', { name }), [failed, keep, '', t('paymentFailedLink', { url: link })], {
    preheader: t('paymentFailedPreheader'),
    headline: t('paymentFailedHeadline'),
    blocks: [{ paragraph: failed }, { paragraph: keep }, { button: { href: link, label: t('updateCard') } }],
    footer: t('paymentFailedFooter'),
    locale,
  });
}

/**
 * The double opt-in: nothing is subscribed until the reader presses the button on the page
 * this link opens (a page, not the link itself, so a mail scanner fetching it subscribes
 * nobody). In `locale`: the newsletters' language, chosen by lib/newsletters/language.ts.
 */
export async function newsletterConfirmationMail({
  to,
  link,
  newsletters,
  minutes,
  locale = DEFAULT_LOCALE,
}: {
  to: string;
  link: string;
  newsletters: { name: string; description: string }[];
  minutes: number;
  locale?: Locale;
}): Promise<MailMessage> {
  const { name } = getNewsroom();
  const t = translator(locale, 'newsletterConfirmationMail');
  const quoted = translator(locale, 'newsletterLanguage');
  const count = newsletters.length;
  const names = formatter(locale).list(newsletters.map((n) => quoted('quoted', { name: n.name })));
  const ask = t('ask', { names, count, newsroom: name, email: to });
  // A link's lifetime as a reader says it: "15 minutes", "48 hours" (not "2880 minutes").
  const inHours = minutes >= 120 && minutes % 60 === 0;
  const expiry = t('expiry', { unit: inHours ? 'hours' : 'minutes', hours: minutes / 60, minutes });
  const footer = t('footer');
  const described = newsletters.map((n) => `${n.name}: ${n.description}`);
  const subject = t('subject', { names, count });
  return message(
    to,
    subject,
    [subject, '', ask, '', ...described.flatMap((d) => [d, '']), t('openLink'), link, '', expiry, '', footer],
    {
      preheader: t('preheader', { names, count }),
      headline: subject,
      blocks: [
        { paragraph: ask },
        ...newsletters.map((named) => ({ named })),
        { button: { href: link, label: t('button') } },
        { paragraph: expiry },
        { fallbackLink: link },
      ],
      footer,
      locale,
    },
  );
}
