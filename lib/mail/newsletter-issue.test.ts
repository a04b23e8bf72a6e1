import { describe, expect, it } from 'vitest';
import type { BodyDoc, BodyNode } from '@/domain/articles/body-doc';
import { CANARY, paywallShapes } from '@/test/paywall-shapes';
import {
  prepareIssueEmail,
  renderIssueEmail,
  UNSUBSCRIBE_URL_PLACEHOLDER,
  type IssueEmailInput,
} from './newsletter-issue';

const SITE = 'https://ridgeline.example';
const UNSUBSCRIBE = 'https://ridgeline.example/newsletters/unsubscribe?token=abc.DEF-123_x';

const text = (
  t: string,
  marks?: BodyNode extends infer N ? (N extends { marks?: infer M } ? M : never) : never,
): BodyNode => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t });
const para = (...content: BodyNode[]): BodyNode => ({ type: 'paragraph', content });

function input(
  body: BodyDoc,
  over: Partial<IssueEmailInput> & { access?: 'public' | 'members' } = {},
): IssueEmailInput {
  const { access = 'members', ...rest } = over;
  return {
    newsletter: { name: 'The Daily Brief', slug: 'the-daily-brief', senderName: 'Ridgeline’s editors' },
    issue: {
      subject: 'Parliament returns without its opposition',
      preheader: 'Georgia’s new parliament, talks in Geneva, and gas',
      slug: '2026-12-03-parliament',
      access,
      body,
      sentAt: new Date('2026-12-03T03:00:00Z'),
    },
    version: 'member',
    siteUrl: SITE,
    ...rest,
  };
}

const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
const imgSrcs = (html: string) => [...html.matchAll(/<img[^>]*\ssrc="([^"]*)"/g)].map((m) => m[1]!);

describe('the members-only cut in a newsletter issue', () => {
  for (const [shape, body] of Object.entries(paywallShapes)) {
    it(`never mails the members-only part of ${shape} to a free subscriber, and mails all of it to a member`, async () => {
      const free = await renderIssueEmail(input(body, { version: 'free' }), UNSUBSCRIBE);
      expect(free.html).not.toContain(CANARY);
      expect(free.text).not.toContain(CANARY);
      expect(free.html).toContain('Become a member');
      expect(hrefs(free.html)).toContain(`${SITE}/membership`);
      const member = await renderIssueEmail(input(body, { version: 'member' }), UNSUBSCRIBE);
      expect(member.html).toContain(CANARY);
      expect(member.text).toContain(CANARY);
      expect(member.html).not.toContain('Become a member');
    });
  }

  it('mails a public issue whole to a free subscriber, with no membership block', async () => {
    const free = await renderIssueEmail(
      input(paywallShapes['many paragraphs']!, { access: 'public', version: 'free' }),
    );
    expect(free.html).toContain(CANARY);
    expect(free.text).toContain(CANARY);
    expect(free.html).not.toContain('Become a member');
  });

  it('keeps the opening of a members-only issue for the free version', async () => {
    const body: BodyDoc = {
      type: 'doc',
      content: [
        para(text('Good morning from Tbilisi, where the parliament meets today for the first time since October.')),
        ...Array.from({ length: 6 }, () =>
          para(text(`${CANARY} and the rest of the brief, word after word after word.`)),
        ),
      ],
    };
    const free = await renderIssueEmail(input(body, { version: 'free' }));
    expect(free.text).toContain('Good morning from Tbilisi');
    expect(free.html).toContain('Good morning from Tbilisi');
    expect(free.text).toContain('The rest of this issue is for members');
    expect(free.text).toContain(`Become a member: ${SITE}/membership`);
  });
});

describe('a newsletter issue email', () => {
  const body: BodyDoc = {
    type: 'doc',
    content: [
      para(
        text('Read '),
        text('our explainer', [{ type: 'link', attrs: { href: '/articles/how-parliament-works' } }]),
        text(', the '),
        text('results', [{ type: 'link', attrs: { href: 'https://cesko.example/results' } }]),
        text(', '),
        text('this', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]),
        text(' and '),
        text('below', [{ type: 'link', attrs: { href: '#later' } }]),
        text('. '),
        text('Bold <b>', [{ type: 'bold' }]),
        text(' and '),
        text('italic', [{ type: 'italic' }]),
        text('.'),
      ),
      { type: 'heading', attrs: { level: 2 }, content: [text('Armenia and Azerbaijan')] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('border talks'))] }] },
      { type: 'orderedList', content: [{ type: 'listItem', content: [para(text('first point'))] }] },
      { type: 'blockquote', content: [para(text('A quoted sentence.'))] },
      {
        type: 'image',
        attrs: { src: '/images/articles/armenia-france-defence-talks.jpg', alt: 'Delegations', caption: 'In Paris.' },
      },
      { type: 'image', attrs: { src: '/media/abcdefghijklmnop/2000x1000.jpg', alt: 'An upload' } },
      { type: 'image', attrs: { src: 'javascript:alert(1)', alt: 'refused' } },
      { type: 'image', attrs: { src: 'http://plain.example/x.jpg', alt: 'not over https' } },
    ],
  };

  it('renders once, and gives each recipient only their own unsubscribe address', async () => {
    const prepared = await prepareIssueEmail(input(body));
    const a = prepared.personalise(UNSUBSCRIBE);
    const b = prepared.personalise('https://ridgeline.example/newsletters/unsubscribe?token=other');
    expect(a.html).not.toContain(UNSUBSCRIBE_URL_PLACEHOLDER);
    expect(a.text).not.toContain(UNSUBSCRIBE_URL_PLACEHOLDER);
    expect(hrefs(a.html)).toContain(UNSUBSCRIBE);
    expect(a.text).toContain(`Unsubscribe: ${UNSUBSCRIBE}\n`);
    expect(a.html.replaceAll(UNSUBSCRIBE, 'X')).toBe(
      b.html.replaceAll('https://ridgeline.example/newsletters/unsubscribe?token=other', 'X'),
    );
    expect(() => prepared.personalise('javascript:alert(1)')).toThrow();
  });

  it('shows the newsletter, the subject, the date and the hidden preview text', async () => {
    const { subject, html, text: plain } = await renderIssueEmail(input(body));
    expect(subject).toBe('Parliament returns without its opposition');
    expect(html).toMatch(/<div style="display:none[^"]*"[^>]*>Georgia’s new parliament, talks in Geneva, and gas/);
    expect(html).toContain('Parliament returns without its opposition</h1>');
    expect(html).toContain('The Daily Brief');
    expect(html).toContain('3 December 2026');
    expect(plain).toContain('The Daily Brief · 3 December 2026');
    expect(html).toContain('<meta name="color-scheme" content="light dark"/>');
  });

  it('makes every link and picture absolute, drops unsafe ones and escapes the text', async () => {
    const { html, text: plain } = await renderIssueEmail(input(body));
    const links = hrefs(html);
    expect(links).toContain(`${SITE}/articles/how-parliament-works`);
    expect(links).toContain('https://cesko.example/results');
    expect(links).toContain(`${SITE}/newsletters/the-daily-brief/2026-12-03-parliament#later`);
    expect(links.some((h) => h.startsWith('javascript:'))).toBe(false);
    expect(links.every((h) => /^(https?:|mailto:)/.test(h))).toBe(true);
    expect(html).toContain('<strong>Bold &lt;b&gt;</strong>');
    expect(html).toContain('<em>italic</em>');
    expect(html).toMatch(/<h2[^>]*>Armenia and Azerbaijan<\/h2>/);
    expect(html).toMatch(/<ul[^>]*><li[^>]*>.*border talks/);
    expect(html).toMatch(/<ol[^>]*><li[^>]*>.*first point/);
    expect(html).toMatch(/<blockquote[^>]*>.*A quoted sentence/);
    expect(imgSrcs(html)).toEqual([
      `${SITE}/images/articles/armenia-france-defence-talks.jpg`,
      `${SITE}/media/abcdefghijklmnop/1280.jpg`,
    ]);
    expect(html).toMatch(/<img alt="Delegations"[^>]*width="552"/);
    expect(html).toMatch(/<img alt="An upload" height="276"[^>]*width="552"/);
    expect(html).not.toContain('refused');
    expect(html).not.toContain('not over https');
    expect(plain).toContain(`our explainer (${SITE}/articles/how-parliament-works)`);
    expect(plain).toContain('this and below');
    expect(plain).toContain('Armenia and Azerbaijan\n---');
    expect(plain).toContain('- border talks');
    expect(plain).toContain('1. first point');
    expect(plain).toContain('> A quoted sentence.');
    expect(plain).toContain('[Picture: Delegations]');
  });

  it('tracks nobody: no pixel, no per-reader parameters, the same links for every reader but the unsubscribe one', async () => {
    const { html } = await renderIssueEmail(input(body), UNSUBSCRIBE);
    expect(imgSrcs(html)).toHaveLength(2);
    const links = hrefs(html).filter((h) => h !== UNSUBSCRIBE);
    expect(links.filter((h) => h.includes('?'))).toEqual([]);
  });

  it('links the web archive, the account page and the unsubscribe in the footer, and names the newsroom', async () => {
    const { html, text: plain } = await renderIssueEmail(input(body), UNSUBSCRIBE);
    const links = hrefs(html);
    expect(links).toContain(`${SITE}/newsletters/the-daily-brief/2026-12-03-parliament`);
    expect(links).toContain(`${SITE}/account`);
    expect(html).toContain('You receive The Daily Brief because you subscribed to it.');
    expect(html).toMatch(
      /href="https:\/\/ridgeline\.example\/newsletters\/unsubscribe\?token=abc\.DEF-123_x"[^>]*>Unsubscribe</,
    );
    expect(html).toContain('Manage your newsletters');
    expect(plain).toContain(`Read it on the web: ${SITE}/newsletters/the-daily-brief/2026-12-03-parliament`);
    expect(plain).toContain(`Manage your newsletters: ${SITE}/account`);
    expect(plain).toContain('newsroom@ridgeline.example');
  });

  it('marks a test send in the subject and the body', async () => {
    const test = await renderIssueEmail(input(body, { test: true, version: 'free' }));
    expect(test.subject).toBe('[Test] Parliament returns without its opposition');
    expect(test.html).toContain('This is a test of the free subscribers’ version, sent only to you.');
    expect(test.text).toContain('This is a test of the free subscribers’ version, sent only to you.');
    const real = await renderIssueEmail(input(body));
    expect(real.html).not.toContain('This is a test');
  });
});
