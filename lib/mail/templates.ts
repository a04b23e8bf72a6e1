import { escapeHtml } from '@/lib/render/body-html';
import { env } from '@/lib/env';
import { getNewsroom } from '@/lib/newsroom';
import type { MailMessage } from './mailer';

const listNames = (names: string[]) =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');

/** A plain, readable HTML mail around paragraphs and one button. */
function layout({
  preheader,
  paragraphs,
  button,
  footer,
}: {
  preheader: string;
  paragraphs: string[];
  button?: { href: string; label: string };
  footer: string;
}) {
  const name = escapeHtml(getNewsroom().name);
  return `<!doctype html><html><body style="margin:0;background:#f4f1ea;font-family:Georgia,serif;color:#1b1b1a">
<span style="display:none">${escapeHtml(preheader)}</span>
<div style="max-width:520px;margin:0 auto;padding:32px 24px;background:#ffffff">
<p style="font-size:24px;font-weight:bold;margin:0 0 24px">${name}</p>
${paragraphs.map((p) => `<p style="font-size:16px;line-height:1.5">${p}</p>`).join('\n')}
${button ? `<p style="margin:28px 0"><a href="${escapeHtml(button.href)}" style="background:#9e3119;color:#ffffff;padding:12px 20px;text-decoration:none;font-family:Arial,sans-serif;font-weight:bold;border-radius:3px">${escapeHtml(button.label)}</a></p>` : ''}
<p style="font-size:13px;line-height:1.5;color:#5e5b55;font-family:Arial,sans-serif">${escapeHtml(footer)}</p>
</div></body></html>`;
}

export function signInMail({
  to,
  link,
  code,
  minutes,
}: {
  to: string;
  link: string;
  code: string;
  minutes: number;
}): MailMessage {
  const name = getNewsroom().name;
  const footer = `If you did not ask to sign in to ${name}, ignore this email: nobody can sign in without it.`;
  return {
    to,
    subject: `Your ${name} sign-in code: ${code}`,
    text: [
      `Sign in to ${name}`,
      '',
      `Open this link to sign in:`,
      link,
      '',
      `Or type this code on the sign-in page: ${code}`,
      '',
      `The link and the code work once, for ${minutes} minutes.`,
      '',
      footer,
    ].join('\n'),
    html: layout({
      preheader: `Your sign-in code is ${code}`,
      paragraphs: [
        `Use the button to sign in to ${escapeHtml(name)}, or type this code on the sign-in page:`,
        `<strong style="font-size:28px;letter-spacing:6px;font-family:monospace">${escapeHtml(code)}</strong>`,
        `The link and the code work once, for ${minutes} minutes.`,
      ],
      button: { href: link, label: `Sign in to ${name}` },
      footer,
    }),
  };
}

const ROLE_DUTIES = {
  contributor: 'write stories and submit them to an editor',
  editor: 'write, edit and publish stories, and look after authors, appeals and members',
  admin: 'do everything in the newsroom, including inviting people and setting their roles',
} as const;

/** A staff invitation: who invited them, for what role, and a sign-in link and code like any other. */
export function staffInviteMail({
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
}): MailMessage {
  const name = getNewsroom().name;
  const article = role === 'editor' || role === 'admin' ? 'an' : 'a';
  const invite = `${invitedBy} invited you to join the ${name} newsroom as ${article} ${role}.`;
  const duties = `As ${article} ${role} you can ${ROLE_DUTIES[role]}.`;
  const later = `The link and the code work once, for ${hours} hours. After that, sign in at ${env.SITE_URL}/signin with this address (${to}).`;
  const footer = `If you did not expect this, ignore this email: nobody can sign in without it.`;
  return {
    to,
    subject: `${invitedBy} invited you to the ${name} newsroom`,
    text: [
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
    ].join('\n'),
    html: layout({
      preheader: `You are invited as ${article} ${role}`,
      paragraphs: [
        escapeHtml(invite),
        escapeHtml(duties),
        `Use the button to sign in, or type this code on the sign-in page:`,
        `<strong style="font-size:28px;letter-spacing:6px;font-family:monospace">${escapeHtml(code)}</strong>`,
        escapeHtml(later),
      ],
      button: { href: link, label: `Sign in to ${name}` },
      footer,
    }),
  };
}

export function welcomeMail({
  to,
  tier,
  newsletters = [],
}: {
  to: string;
  tier: string;
  newsletters?: string[];
}): MailMessage {
  const { name } = getNewsroom();
  const site = env.SITE_URL;
  const lines = [
    `Thank you for becoming a ${name} member (${tier}).`,
    'Your membership keeps our reporting free for everyone who needs it. As a member you can now read every members-only story, save articles to read later, and you will see no more appeals on the site.',
    `Your account: ${site}/account`,
    'You can change or cancel your membership there at any time, in two clicks.' +
      (newsletters.length
        ? ` ${listNames(newsletters)} ${newsletters.length === 1 ? 'comes' : 'come'} with it and will reach this address; to stop ${newsletters.length === 1 ? 'it' : 'one'}, switch it off on the same page.`
        : ''),
  ];
  return {
    to,
    subject: `Welcome to ${name}`,
    text: [`Welcome to ${name}`, '', ...lines.flatMap((l) => [l, ''])].join('\n'),
    html: layout({
      preheader: 'Thank you for becoming a member',
      paragraphs: lines
        .slice(0, 2)
        .map(escapeHtml)
        .concat(escapeHtml(lines[3] ?? '')),
      button: { href: `${site}/account`, label: 'Your account' },
      footer: `We never publish the names of our members.`,
    }),
  };
}

export function paymentFailedMail({ to }: { to: string }): MailMessage {
  const { name } = getNewsroom();
  const link = `${env.SITE_URL}/account/billing/card`;
  const lines = [
    `Your last membership payment to ${name} did not go through.`,
    'Your membership continues for now. To keep it, please update your card; it takes a minute.',
  ];
  return {
    to,
    subject: `Your ${name} payment failed: please update your card`,
    text: [...lines, '', `Update your card: ${link}`].join('\n'),
    html: layout({
      preheader: 'Please update your card',
      paragraphs: lines.map(escapeHtml),
      button: { href: link, label: 'Update your card' },
      footer: 'If you meant to stop, you need do nothing.',
    }),
  };
}
