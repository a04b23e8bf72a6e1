import { describe, expect, it } from 'vitest';
import {
  AUDIENCE_TTL_SECONDS,
  audienceKey,
  fillPersonal,
  MAX_SAVED_IN_COOKIE,
  readAudience,
  signAudience,
  type Audience,
} from './audience.mjs';

const key = audienceKey('a-secret-of-at-least-thirty-two-characters');
const sessionToken = 'session-token-of-ani';
const ani: Audience = {
  audience: 'member',
  name: 'Ani Beridze',
  email: 'ani@example.org',
  initial: 'A',
  staff: false,
  pastDue: false,
  saved: [3, 17],
};
const now = Date.UTC(2026, 11, 4, 12, 0, 0);

describe('the audience cookie', () => {
  it('says what it was minted with, for the session it was minted for', () => {
    const cookie = signAudience(ani, { key, sessionToken, now });
    expect(readAudience(cookie, { key, sessionToken, now: now + 1000 })).toEqual(ani);
  });

  it('counts for one minute, then not at all', () => {
    const cookie = signAudience(ani, { key, sessionToken, now });
    expect(readAudience(cookie, { key, sessionToken, now: now + (AUDIENCE_TTL_SECONDS - 1) * 1000 })).not.toBeNull();
    expect(readAudience(cookie, { key, sessionToken, now: now + AUDIENCE_TTL_SECONDS * 1000 })).toBeNull();
  });

  it('is worth nothing with another session, or with none', () => {
    const cookie = signAudience(ani, { key, sessionToken, now });
    expect(readAudience(cookie, { key, sessionToken: 'session-token-of-levan', now })).toBeNull();
    expect(readAudience(cookie, { key, sessionToken: undefined, now })).toBeNull();
  });

  it('refuses a forged or altered cookie', () => {
    const cookie = signAudience({ ...ani, audience: 'reader' }, { key, sessionToken, now });
    const [body, signature] = cookie.split('.') as [string, string];
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString()) as Record<string, unknown>;
    const promoted = Buffer.from(JSON.stringify({ ...payload, a: 'member' })).toString('base64url');
    expect(readAudience(`${promoted}.${signature}`, { key, sessionToken, now })).toBeNull();
    // Signed under another key (another newsroom, or a guess).
    const forged = signAudience(ani, {
      key: audienceKey('another-secret-of-thirty-two-characters!'),
      sessionToken,
      now,
    });
    expect(readAudience(forged, { key, sessionToken, now })).toBeNull();
    for (const junk of ['', '.', 'abc', `${body}.`, `${body}.${'A'.repeat(43)}`, 'x'.repeat(5000)])
      expect(readAudience(junk, { key, sessionToken, now })).toBeNull();
  });

  it('does not carry a saved list longer than it can hold', () => {
    const many = Array.from({ length: MAX_SAVED_IN_COOKIE + 1 }, (_, index) => index + 1);
    const cookie = signAudience({ ...ani, saved: many }, { key, sessionToken, now });
    expect(readAudience(cookie, { key, sessionToken, now })?.saved).toBeNull();
    expect(cookie.length).toBeLessThan(400);
  });

  it('uses one key per secret, so every instance behind a balancer reads the others’ cookies', () => {
    const secret = 'a-secret-of-at-least-thirty-two-characters';
    expect(audienceKey(secret).equals(audienceKey(secret))).toBe(true);
    // Without a secret (a local run), a key for this process alone.
    expect(audienceKey(undefined).equals(audienceKey(undefined))).toBe(false);
  });
});

const slot = (name: string) => `\uE000rl:${name}\uE001`;

describe('filling a cached page for one person', () => {
  it('writes the name, the address and the initial, escaped', () => {
    const html = `<summary aria-label="Your account (${slot('email')})">${slot('initial')}</summary><p>${slot('name')}</p>`;
    expect(fillPersonal(html, { ...ani, name: 'Ani <b>"B"</b> & co', email: "a'n\\i@example.org" })).toBe(
      '<summary aria-label="Your account (a&#39;n&#92;i@example.org)">A</summary><p>Ani &lt;b&gt;&quot;B&quot;&lt;/b&gt; &amp; co</p>',
    );
    expect(fillPersonal(`<p>${slot('name')}</p>`, { ...ani, name: '' })).toBe('<p>ani@example.org</p>');
  });

  it('says whether a story is saved, and what the button would do', () => {
    const button = (id: number) =>
      `<input name="saved" value="${slot(`unsaved:${id}`)}"><button aria-pressed="${slot(`saved:${id}`)}">`;
    expect(fillPersonal(button(17), ani)).toBe('<input name="saved" value="false"><button aria-pressed="true">');
    expect(fillPersonal(button(18), ani)).toBe('<input name="saved" value="true"><button aria-pressed="false">');
  });

  it('shows the staff link and the payment banner only to whom they belong', () => {
    const html = `<li data-shown="${slot('staff')}"></li><div data-shown="${slot('past-due')}"></div>`;
    expect(fillPersonal(html, ani)).toBe('<li data-shown="false"></li><div data-shown="false"></div>');
    expect(fillPersonal(html, { ...ani, staff: true, pastDue: true })).toBe(
      '<li data-shown="true"></li><div data-shown="true"></div>',
    );
  });

  it('gives up, rather than guess, when the cookie cannot say or the slot is unknown', () => {
    expect(fillPersonal(`<button aria-pressed="${slot('saved:17')}">`, { ...ani, saved: null })).toBeNull();
    expect(fillPersonal(`<p>${slot('balance')}</p>`, ani)).toBeNull();
    expect(fillPersonal('<p>nothing personal</p>', ani)).toBe('<p>nothing personal</p>');
  });
});
