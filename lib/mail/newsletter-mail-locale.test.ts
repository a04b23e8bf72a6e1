import { describe, expect, it } from 'vitest';
import type { BodyDoc } from '@/domain/articles/body-doc';
import { renderIssueEmail, type IssueEmailInput } from './newsletter-issue';
import { newsletterConfirmationMail } from './templates';

const SITE = 'https://ridgeline.example';
const UNSUBSCRIBE = `${SITE}/ru/unsubscribe/7.user.abc`;
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
const htmlLang = (html: string) => /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1];

describe('the newsletter confirmation email in Russian', () => {
  const mail = (newsletters = [{ name: 'Неделя на Кавказе', description: 'Главное за неделю — по-русски.' }]) =>
    newsletterConfirmationMail({
      to: 'chitatel@example.org',
      link: `${SITE}/ru/newsletters/confirm?token=abc`,
      newsletters,
      minutes: 48 * 60,
      locale: 'ru',
    });

  it('asks in Russian, names the newsletter in «ёлочки» and says how long the link works', async () => {
    const { subject, text } = await mail();
    expect(subject).toBe('Подтвердите подписку на рассылку «Неделя на Кавказе»');
    expect(text).toContain(
      'Пожалуйста, подтвердите, что хотите получать рассылку «Неделя на Кавказе» от Ridgeline на этот адрес (chitatel@example.org).',
    );
    expect(text).toContain('Неделя на Кавказе: Главное за неделю — по-русски.');
    expect(text).toContain(
      `Чтобы подтвердить подписку, откройте эту ссылку:\n${SITE}/ru/newsletters/confirm?token=abc\n`,
    );
    expect(text).toContain('Ссылка действует 48 часов.');
    expect(text).toContain('без подтверждения подписка не оформится');
    expect(text).not.toMatch(/Confirm|The link works|subscribed/);
  });

  it('is a Russian document: lang, button, fallback line, the edition’s tagline and front page', async () => {
    const { html } = await mail();
    expect(htmlLang(html)).toBe('ru');
    expect(html).toContain('Подтвердить подписку');
    expect(html).toContain('Если кнопка не работает, откройте эту ссылку:');
    expect(hrefs(html)).toContain(`${SITE}/ru/newsletters/confirm?token=abc`);
    expect(hrefs(html)).toContain('http://localhost:3000/ru');
    expect(html).not.toContain('Confirm my subscription');
  });

  it('counts in Russian: two newsletters, an hour, five minutes, 21 hours', async () => {
    const two = await mail([
      { name: 'Неделя на Кавказе', description: 'По субботам.' },
      { name: 'Ridgeline Weekly', description: 'Fridays.' },
    ]);
    expect(two.subject).toBe('Подтвердите подписку на рассылки «Неделя на Кавказе» и «Ridgeline Weekly»');
    const lifetime = async (minutes: number) =>
      /Ссылка действует ([^.]+)\./.exec(
        (
          await newsletterConfirmationMail({
            to: 'chitatel@example.org',
            link: `${SITE}/ru/newsletters/confirm?token=abc`,
            newsletters: [{ name: 'Неделя на Кавказе', description: '' }],
            minutes,
            locale: 'ru',
          })
        ).text,
      )?.[1];
    expect(await lifetime(5)).toBe('5 минут');
    expect(await lifetime(61)).toBe('61 минуту');
    expect(await lifetime(120)).toBe('2 часа');
    expect(await lifetime(21 * 60)).toBe('21 час');
  });

  it('stays as it was in English when no language is given', async () => {
    const { subject, text, html } = await newsletterConfirmationMail({
      to: 'reader@example.org',
      link: `${SITE}/newsletters/confirm?token=abc`,
      newsletters: [{ name: 'Ridgeline Weekly', description: 'Fridays.' }],
      minutes: 48 * 60,
    });
    expect(subject).toBe('Confirm your subscription to Ridgeline Weekly');
    expect(text).toBe(
      [
        'Confirm your subscription to Ridgeline Weekly',
        '',
        'Please confirm that you want Ridgeline Weekly from Ridgeline at this address (reader@example.org).',
        '',
        'Ridgeline Weekly: Fridays.',
        '',
        'Open this link to confirm:',
        `${SITE}/newsletters/confirm?token=abc`,
        '',
        'The link works for 48 hours.',
        '',
        'If you did not ask for this, ignore this email: you will not be subscribed.',
      ].join('\n'),
    );
    expect(htmlLang(html)).toBe('en');
  });
});

describe('a Russian newsletter’s issue email', () => {
  const body: BodyDoc = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Здравствуйте! Эта неделя получилась о языке.' }] },
      ...Array.from({ length: 6 }, (_, i) => ({
        type: 'paragraph' as const,
        content: [{ type: 'text' as const, text: `Абзац ${i + 1}: продолжение для участников, слово за словом.` }],
      })),
    ],
  };
  const input = (over: Partial<IssueEmailInput> = {}): IssueEmailInput => ({
    newsletter: {
      name: 'Неделя на Кавказе',
      slug: 'nedelya-na-kavkaze',
      senderName: 'Редакция Ridgeline',
      language: 'ru',
    },
    issue: {
      subject: 'Два года на проспекте Руставели',
      preheader: 'Годовщина протестов в Тбилиси',
      slug: '2026-11-28-dva-goda-na-rustaveli',
      access: 'members',
      body,
      sentAt: new Date('2026-11-28T06:00:00Z'),
    },
    version: 'free',
    siteUrl: SITE,
    ...over,
  });

  it('frames, dates and signs off in Russian, with lang="ru"', async () => {
    const { html, text } = await renderIssueEmail(input(), UNSUBSCRIBE);
    expect(htmlLang(html)).toBe('ru');
    expect(text).toContain('Неделя на Кавказе · 28 ноября 2026 г.');
    expect(html).toContain('28 ноября 2026 г.');
    expect(text).toContain('Вы получаете рассылку «Неделя на Кавказе», потому что подписались на неё.');
    expect(html).toContain('Вы получаете рассылку «Неделя на Кавказе», потому что подписались на неё.');
    expect(html).toMatch(new RegExp(`href="${UNSUBSCRIBE.replace(/\./g, '\\.')}"[^>]*>Отписаться<`));
    expect(text).toContain(`Отписаться: ${UNSUBSCRIBE}\n`);
    expect(text).toContain(`Настроить рассылки: ${SITE}/ru/account`);
    expect(text).toContain(
      `Читать на сайте: ${SITE}/ru/newsletters/nedelya-na-kavkaze/2026-11-28-dva-goda-na-rustaveli`,
    );
    expect(text).not.toMatch(/Unsubscribe|Manage your newsletters|Read it on the web|You receive/);
  });

  it('links the site’s Russian edition everywhere and names its Russian tagline', async () => {
    const { html } = await renderIssueEmail(input(), UNSUBSCRIBE);
    const links = hrefs(html);
    expect(links).toContain(`${SITE}/ru`);
    expect(links).toContain(`${SITE}/ru/account`);
    expect(links).toContain(`${SITE}/ru/membership`);
    expect(links).toContain(`${SITE}/ru/newsletters/nedelya-na-kavkaze/2026-11-28-dva-goda-na-rustaveli`);
    expect(links.filter((h) => h.startsWith(SITE) && !h.startsWith(`${SITE}/ru`))).toEqual([]);
    expect(html).toContain('Независимая журналистика с Кавказа');
    expect(html).not.toContain('Independent journalism from the Caucasus');
  });

  it('asks a free subscriber to join in Russian where the members’ part is cut', async () => {
    const { html, text } = await renderIssueEmail(input(), UNSUBSCRIBE);
    expect(text).not.toContain('Абзац 6');
    expect(html).not.toContain('Абзац 6');
    expect(text).toContain('Продолжение этого выпуска — для участников');
    expect(text).toContain('участники читают все выпуски рассылки «Неделя на Кавказе» целиком');
    expect(text).toContain(`Стать участником: ${SITE}/ru/membership`);
    expect(html).toContain('Стать участником');
    expect(html).not.toContain('Become a member');
  });

  it('marks a test send in Russian', async () => {
    const test = await renderIssueEmail(input({ test: true, version: 'member' }), UNSUBSCRIBE);
    expect(test.subject).toBe('[Тест] Два года на проспекте Руставели');
    expect(test.text).toContain('Это тестовое письмо: версия для участников. Оно отправлено только вам.');
  });

  it('keeps an English newsletter’s mail English, lang="en", with links at the root', async () => {
    const { html, text } = await renderIssueEmail(
      input({
        newsletter: {
          name: 'Ridgeline Weekly',
          slug: 'ridgeline-weekly',
          senderName: 'Ridgeline Weekly',
          language: 'en',
        },
      }),
      `${SITE}/unsubscribe/7.user.abc`,
    );
    expect(htmlLang(html)).toBe('en');
    expect(text).toContain('Ridgeline Weekly · 28 November 2026');
    expect(text).toContain('You receive Ridgeline Weekly because you subscribed to it.');
    expect(hrefs(html)).toContain(`${SITE}/account`);
    expect(hrefs(html)).not.toContain(`${SITE}/ru/account`);
  });
});
