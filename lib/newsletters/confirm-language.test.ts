import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useConnection } from '@/db';
import { listNewsletters } from '@/db/queries/newsletters';
import { openTestDatabase, testDatabaseKinds } from '@/db/testing';
import { anonymousViewer } from '@/domain/auth/viewer';
import { outcomeLocation, subscribeFromForm } from '@/features/newsletters/subscribe';
import { seedNewsletters } from '@/lib/content/seed';
import { listCapturedMail } from '@/lib/mail/mailer';
import { confirmNewsletterSubscription, inspectNewsletterConfirmation } from './confirm';

/** Every confirmation mail to an address, newest first (the capture folder is shared with the run). */
const mailsTo = async (email: string) => (await listCapturedMail()).filter((m) => m.to === email);

/** The confirmation link's path in the one mail to an address. */
async function linkTo(email: string) {
  const mails = await mailsTo(email);
  expect(mails).toHaveLength(1);
  const link = /https?:\/\/\S+?(\/(?:ru\/)?newsletters\/confirm\?token=[\w-]+)/.exec(mails[0]!.text)?.[1];
  if (!link) throw new Error(`no confirmation link in: ${mails[0]!.text}`);
  return { mail: mails[0]!, path: link, token: new URL(link, 'http://x').searchParams.get('token')! };
}

describe.each(testDatabaseKinds)('the language of a newsletter sign-up on %s', (kind) => {
  let conn: Awaited<ReturnType<typeof openTestDatabase>>;
  let ip = 0;
  const nextIp = () => `10.8.${Math.floor(++ip / 250)}.${ip % 250}`;
  const post = (values: Record<string, string | string[]>) =>
    subscribeFromForm({ values, viewer: anonymousViewer, ip: nextIp() });

  beforeAll(async () => {
    conn = await openTestDatabase(kind);
    await seedNewsletters(conn.db);
    useConnection(conn);
  });
  afterAll(() => conn?.dispose());

  it('seeds the Russian weekly in Russian', async () => {
    const russian = (await listNewsletters()).filter((n) => n.language === 'ru');
    expect(russian.map((n) => [n.slug, n.audience, n.scheduleDays, n.scheduleTime])).toEqual([
      ['nedelya-na-kavkaze', 'everyone', ['sat'], '10:00'],
    ]);
  });

  it('signs a reader of the Russian edition up to the Russian weekly, in a Russian mail whose link opens a Russian page', async () => {
    const email = `ru-footer-${kind}@example.org`;
    // The footer's form names no newsletter: the edition's free one in its language.
    const outcome = await post({ email, locale: 'ru', from: '/ru' });
    expect(outcome).toEqual({ kind: 'check-email', locale: 'ru' });
    expect(outcomeLocation(outcome)).toBe('/ru/newsletters/check-email');
    const { mail, path, token } = await linkTo(email);
    expect(path).toMatch(/^\/ru\/newsletters\/confirm\?token=/);
    expect(mail.subject).toBe('Подтвердите подписку на рассылку «Неделя на Кавказе»');
    expect(mail.text).toContain('Ссылка действует 48 часов.');
    expect(mail.html).toMatch(/<html[^>]*\blang="ru"/);
    expect(await inspectNewsletterConfirmation(token)).toMatchObject({
      state: 'valid',
      newsletters: [{ slug: 'nedelya-na-kavkaze', name: 'Неделя на Кавказе' }],
    });
  });

  it('leaves the English edition’s footer offering the English weekly, in English', async () => {
    const email = `en-footer-${kind}@example.org`;
    expect(await post({ email })).toEqual({ kind: 'check-email', locale: 'en' });
    const { mail, path, token } = await linkTo(email);
    expect(path).toMatch(/^\/newsletters\/confirm\?token=/);
    expect(mail.subject).toBe('Confirm your subscription to Ridgeline Weekly');
    expect((await confirmNewsletterSubscription(token)).ok).toBe(true);
  });

  it('writes in the newsletter’s language whichever edition the form was on', async () => {
    const fromRussian = `ru-page-en-weekly-${kind}@example.org`;
    await post({ email: fromRussian, newsletter: 'ridgeline-weekly', locale: 'ru', from: '/ru/newsletters' });
    const english = await linkTo(fromRussian);
    expect(english.mail.subject).toBe('Confirm your subscription to Ridgeline Weekly');
    expect(english.path).toMatch(/^\/newsletters\/confirm/);

    const fromEnglish = `en-page-ru-weekly-${kind}@example.org`;
    await post({ email: fromEnglish, newsletter: 'nedelya-na-kavkaze', from: '/newsletters' });
    const russian = await linkTo(fromEnglish);
    expect(russian.mail.subject).toBe('Подтвердите подписку на рассылку «Неделя на Кавказе»');
    expect(russian.path).toMatch(/^\/ru\/newsletters\/confirm/);
  });

  it('writes a confirmation of newsletters in two languages in the language of the edition signed up from', async () => {
    const ru = `mixed-ru-${kind}@example.org`;
    await post({ email: ru, newsletter: ['ridgeline-weekly', 'nedelya-na-kavkaze'], locale: 'ru' });
    const inRussian = await linkTo(ru);
    expect(inRussian.mail.subject).toBe('Подтвердите подписку на рассылки «Ridgeline Weekly» и «Неделя на Кавказе»');
    expect(inRussian.path).toMatch(/^\/ru\/newsletters\/confirm/);

    const en = `mixed-en-${kind}@example.org`;
    await post({ email: en, newsletter: ['ridgeline-weekly', 'nedelya-na-kavkaze'], locale: 'en' });
    const inEnglish = await linkTo(en);
    expect(inEnglish.mail.subject).toBe('Confirm your subscription to Ridgeline Weekly and Неделя на Кавказе');
    expect(inEnglish.path).toMatch(/^\/newsletters\/confirm/);
  });

  it('answers a refusal on the sign-up page of the form’s edition, and an unknown edition in the default one', async () => {
    const refused = await post({ email: 'nope', locale: 'ru', from: '/ru/articles/x' });
    expect(refused).toMatchObject({ kind: 'refused', locale: 'ru', newsletters: ['nedelya-na-kavkaze'] });
    expect(outcomeLocation(refused)).toBe(
      '/ru/newsletters/sign-up?error=invalid-email&email=nope&newsletter=nedelya-na-kavkaze&from=%2Fru%2Farticles%2Fx',
    );
    expect(outcomeLocation({ kind: 'members-only', locale: 'ru' })).toBe('/ru/membership');
    expect(outcomeLocation({ kind: 'subscribed', newsletters: ['nedelya-na-kavkaze'], locale: 'ru' })).toBe(
      '/ru/newsletters/subscribed?newsletter=nedelya-na-kavkaze',
    );
    expect(await post({ email: 'nope', locale: 'xx' })).toMatchObject({
      locale: 'en',
      newsletters: ['ridgeline-weekly'],
    });
  });
});
