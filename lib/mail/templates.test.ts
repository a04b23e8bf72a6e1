import { describe, expect, it } from 'vitest';
import { newsletterConfirmationMail, paymentFailedMail, signInMail, welcomeMail } from './templates';

const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);

describe('the sign-in email', () => {
  const mail = () =>
    signInMail({
      to: 'r@example.org',
      link: 'http://localhost:3000/signin/verify?token=t0k-en_1',
      code: '042917',
      minutes: 15,
    });

  it('puts the code in the subject and the link and code in the text where the sign-in tests read them', async () => {
    const { subject, text, html } = await mail();
    expect(subject).toBe('Your Ridgeline sign-in code: 042917');
    expect(/https?:\/\/\S+\/signin\/verify\?token=[\w-]+/.exec(text)?.[0]).toBe(
      'http://localhost:3000/signin/verify?token=t0k-en_1',
    );
    expect(/code on the sign-in page: (\d{6})/.exec(text)?.[1]).toBe('042917');
    expect(text).toContain('for 15 minutes');
    expect(html).toContain('Sign in to Ridgeline');
    expect(html).toContain('042917');
    expect(hrefs(html)).toContain('http://localhost:3000/signin/verify?token=t0k-en_1');
  });

  it('is a whole HTML document that asks for light and dark colour schemes and hides its preview text', async () => {
    const { html } = await mail();
    expect(html).toMatch(/^<!DOCTYPE html/);
    expect(html).toContain('<meta name="color-scheme" content="light dark"/>');
    expect(html).toContain('prefers-color-scheme: dark');
    expect(html).toMatch(/<div style="display:none[^"]*"[^>]*>Your sign-in code is 042917/);
    expect(html).toContain('max-width:600px');
  });
});

describe('the newsletter confirmation email', () => {
  const mail = () =>
    newsletterConfirmationMail({
      to: 'reader@example.org',
      link: 'http://localhost:3000/newsletters/confirm?token=abc&x=<y>',
      newsletters: [
        { name: 'Ridgeline Weekly', description: 'The week’s best stories, on Fridays.' },
        { name: 'The <Daily> Brief', description: 'Every weekday morning.' },
      ],
      minutes: 60,
    });

  it('names every newsletter in the subject and asks for one click', async () => {
    const { to, subject, text } = await mail();
    expect(to).toBe('reader@example.org');
    expect(subject).toBe('Confirm your subscription to Ridgeline Weekly and The <Daily> Brief');
    expect(text).toContain('Ridgeline Weekly: The week’s best stories, on Fridays.');
    expect(text).toContain('\nhttp://localhost:3000/newsletters/confirm?token=abc&x=<y>\n');
    expect(text).toContain('The link works for 60 minutes.');
    expect(text).toContain('If you did not ask for this, ignore this email: you will not be subscribed.');
  });

  it('escapes what it is given and links the button to the landing page', async () => {
    const { html } = await mail();
    expect(html).toContain('The &lt;Daily&gt; Brief');
    expect(html).not.toContain('<Daily>');
    expect(html).not.toContain('<y>');
    expect(hrefs(html)).toContain('http://localhost:3000/newsletters/confirm?token=abc&amp;x=&lt;y&gt;');
    expect(html).toContain('Confirm my subscription');
    expect(html).toContain('you will not be subscribed');
  });

  it('says a link of two days works for 48 hours, not 2880 minutes', async () => {
    const { text } = await newsletterConfirmationMail({
      to: 'reader@example.org',
      link: 'http://localhost:3000/newsletters/confirm?token=abc',
      newsletters: [{ name: 'Ridgeline Weekly', description: 'Fridays.' }],
      minutes: 48 * 60,
    });
    expect(text).toContain('The link works for 48 hours.');
  });
});

describe('the membership emails', () => {
  it('welcomes a member, links their account and says how to stop the brief', async () => {
    const { subject, text, html } = await welcomeMail({
      to: 'm@example.org',
      tier: 'Supporter',
      newsletters: ['The Daily Brief'],
    });
    expect(subject).toBe('Welcome to Ridgeline');
    expect(text).toContain('Thank you for becoming a Ridgeline member (Supporter).');
    expect(text).toMatch(/Your account: https?:\/\/\S+\/account\n/);
    expect(text).toContain('The Daily Brief comes with it and will reach this address; to stop it, switch it off');
    expect(html).toContain('The Daily Brief comes with it');
    expect(hrefs(html).some((h) => h?.endsWith('/account'))).toBe(true);
  });

  it('lists what membership brings, as the newsroom lists it, in the text and the HTML', async () => {
    const benefits = ['The Daily Brief every weekday', 'Stories <first>'];
    const { text, html } = await welcomeMail({ to: 'm@example.org', tier: 'Member', benefits });
    expect(text).toContain('What you get now:\n- The Daily Brief every weekday\n- Stories <first>\n');
    expect(html).toMatch(/<li[^>]*>The Daily Brief every weekday<\/li>/);
    expect(html).toContain('Stories &lt;first&gt;');
  });

  it('leaves the brief out of a welcome that subscribed to nothing', async () => {
    const { text } = await welcomeMail({ to: 'm@example.org', tier: 'Member' });
    expect(text).not.toContain('comes with it');
  });

  it('asks a member whose payment failed to update their card', async () => {
    const { subject, text, html } = await paymentFailedMail({ to: 'm@example.org' });
    expect(subject).toContain('payment failed');
    expect(text).toMatch(/Update your card: https?:\/\/\S+\/account\/billing\/card$/);
    expect(hrefs(html).some((h) => h?.endsWith('/account/billing/card'))).toBe(true);
  });
});

describe('mail in the reader’s language', () => {
  it('signs a reader of the Russian edition in, in Russian, from the Russian front page', async () => {
    const { subject, text, html } = await signInMail({
      to: 'r@example.org',
      link: 'http://localhost:3000/ru/signin/verify?token=t0k-en_1',
      code: '042917',
      minutes: 15,
      locale: 'ru',
    });
    expect(subject).toBe('Ваш код для входа в Ridgeline: 042917');
    expect(text).toContain('Или введите этот код на странице входа: 042917');
    expect(text).toContain('Ссылка и код действуют один раз, 15 минут.');
    expect(html).toMatch(/<html[^>]*lang="ru"/);
    expect(html).toContain('Если кнопка не работает, откройте эту ссылку:');
    expect(hrefs(html)).toContain('http://localhost:3000/ru');
    expect(html).not.toContain('If the button does not work');
  });

  it('welcomes a Russian member in Russian, with the right plural for the newsletters that come with it', async () => {
    const one = await welcomeMail({
      to: 'r@example.org',
      tier: 'Member',
      newsletters: ['Ежедневная сводка'],
      locale: 'ru',
    });
    expect(one.subject).toBe('Добро пожаловать в Ridgeline');
    expect(one.text).toContain('Рассылка Ежедневная сводка входит в участие');
    expect(one.text).toContain('http://localhost:3000/ru/account');
    const two = await welcomeMail({ to: 'r@example.org', tier: 'Member', newsletters: ['A', 'B'], locale: 'ru' });
    expect(two.text).toContain('Рассылки A и B входят в участие');
    const failed = await paymentFailedMail({ to: 'r@example.org', locale: 'ru' });
    expect(failed.text).toContain('/ru/account/billing/card');
    expect(failed.html).toMatch(/<html[^>]*lang="ru"/);
  });
});
