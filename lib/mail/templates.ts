import { env } from '@/lib/env';
import { joinNames } from '@/lib/format';
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
}: {
  to: string;
  link: string;
  code: string;
  minutes: number;
}): Promise<MailMessage> {
  const name = getNewsroom().name;
  const expiry = `The link and the code work once, for ${minutes} minutes.`;
  const footer = `If you did not ask to sign in to ${name}, ignore this email: nobody can sign in without it.`;
  return message(
    to,
    `Your ${name} sign-in code: ${code}`,
    [
      `Sign in to ${name}`,
      '',
      `Open this link to sign in:`,
      link,
      '',
      `Or type this code on the sign-in page: ${code}`,
      '',
      expiry,
      '',
      footer,
    ],
    {
      preheader: `Your sign-in code is ${code}`,
      headline: `Sign in to ${name}`,
      blocks: [
        { paragraph: `Use the button to sign in to ${name}:` },
        { button: { href: link, label: `Sign in to ${name}` } },
        { paragraph: 'Or type this code on the sign-in page:' },
        { code },
        { paragraph: expiry },
        { fallbackLink: link },
      ],
      footer,
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
}: {
  to: string;
  tier: string;
  newsletters?: string[];
  /** What membership brings, as the newsroom lists it in the admin. */
  benefits?: string[];
}): Promise<MailMessage> {
  const { name } = getNewsroom();
  const account = `${env.SITE_URL}/account`;
  const thanks = `Thank you for becoming a ${name} member (${tier}).`;
  // With the newsroom's list of benefits the mail names them; without one, it says the basics.
  const keeps = benefits.length
    ? 'Your membership keeps our reporting free for everyone who needs it.'
    : 'Your membership keeps our reporting free for everyone who needs it. As a member you can now read every members-only story, save articles to read later, and you will see no more appeals on the site.';
  const brief = newsletters.length
    ? ` ${joinNames(newsletters)} ${newsletters.length === 1 ? 'comes' : 'come'} with it and will reach this address; to stop ${newsletters.length === 1 ? 'it' : 'one'}, switch it off on the same page.`
    : '';
  const change = `You can change or cancel your membership there at any time, in two clicks.${brief}`;
  return message(
    to,
    `Welcome to ${name}`,
    [
      `Welcome to ${name}`,
      '',
      thanks,
      '',
      keeps,
      ...(benefits.length ? ['', 'What you get now:', ...benefits.map((b) => `- ${b}`)] : []),
      '',
      `Your account: ${account}`,
      '',
      change,
      '',
    ],
    {
      preheader: 'Thank you for becoming a member',
      headline: `Welcome to ${name}`,
      blocks: [
        { paragraph: thanks },
        { paragraph: keeps },
        ...(benefits.length ? [{ paragraph: 'What you get now:' }, { list: benefits }] : []),
        { button: { href: account, label: 'Your account' } },
        {
          paragraph: `On your account page you can change or cancel your membership at any time, in two clicks.${brief}`,
        },
      ],
      footer: 'We never publish the names of our members.',
    },
  );
}

export async function paymentFailedMail({ to }: { to: string }): Promise<MailMessage> {
  const { name } = getNewsroom();
  const link = `${env.SITE_URL}/account/billing/card`;
  const failed = `Your last membership payment to ${name} did not go through.`;
  const keep = 'Your membership continues for now. To keep it, please update your card; it takes a minute.';
  return message(
    to,
    `Your ${name} payment failed: please update your card`,
    [failed, keep, '', `Update your card: ${link}`],
    {
      preheader: 'Please update your card',
      headline: 'Your payment did not go through',
      blocks: [{ paragraph: failed }, { paragraph: keep }, { button: { href: link, label: 'Update your card' } }],
      footer: 'If you meant to stop, you need do nothing.',
    },
  );
}

/** A link's lifetime as a reader says it: "15 minutes", "48 hours" (not "2880 minutes"). */
function forHowLong(minutes: number) {
  return minutes >= 120 && minutes % 60 === 0 ? `${minutes / 60} hours` : `${minutes} minutes`;
}

/**
 * The double opt-in: nothing is subscribed until the reader presses the button on the page
 * this link opens (a page, not the link itself, so a mail scanner fetching it subscribes
 * nobody).
 */
export async function newsletterConfirmationMail({
  to,
  link,
  newsletters,
  minutes,
}: {
  to: string;
  link: string;
  newsletters: { name: string; description: string }[];
  minutes: number;
}): Promise<MailMessage> {
  const { name } = getNewsroom();
  const names = joinNames(newsletters.map((n) => n.name));
  const ask = `Please confirm that you want ${names} from ${name} at this address (${to}).`;
  const expiry = `The link works for ${forHowLong(minutes)}.`;
  const footer = 'If you did not ask for this, ignore this email: you will not be subscribed.';
  const described = newsletters.map((n) => `${n.name}: ${n.description}`);
  return message(
    to,
    `Confirm your subscription to ${names}`,
    [
      `Confirm your subscription to ${names}`,
      '',
      ask,
      '',
      ...described.flatMap((d) => [d, '']),
      'Open this link to confirm:',
      link,
      '',
      expiry,
      '',
      footer,
    ],
    {
      preheader: `One click and ${names} will reach you`,
      headline: `Confirm your subscription to ${names}`,
      blocks: [
        { paragraph: ask },
        ...newsletters.map((named) => ({ named })),
        { button: { href: link, label: 'Confirm my subscription' } },
        { paragraph: expiry },
        { fallbackLink: link },
      ],
      footer,
    },
  );
}
