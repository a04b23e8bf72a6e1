// @ts-check
/**
 * The audience cookie: which class of reader a signed-in request comes from, and the few
 * personal things its page shows, signed so that the server can trust it without a database
 * read. Pages are cached per class (a reader without membership, a member), never per person;
 * what is personal is filled into the cached page per request from this cookie.
 *
 * - It is minted from the session (the authority) and lives one minute: a revoked session or an
 *   ended membership stops counting within that minute, when the next mint asks the session.
 * - It is bound to the session cookie it was minted for (a hash of the session token), so it is
 *   worth nothing without that session, and a new sign-in (a new token) makes a new one.
 * - It is signed with HMAC-SHA256 under a key only the server holds; anything that does not
 *   verify, has expired or names another session is ignored (the request is then treated as
 *   having no audience cookie).
 *
 * Plain JavaScript, like the rest of server/.
 */
import crypto from 'node:crypto';

export const AUDIENCE_COOKIE = 'ridgeline-audience';
/** How long a minted cookie counts: the bound on how late a lapse or a sign-out elsewhere shows. */
export const AUDIENCE_TTL_SECONDS = 60;
/** More saved stories than this and the cookie cannot say which are saved: such a reader's pages are rendered per request. */
export const MAX_SAVED_IN_COOKIE = 300;
export const AUDIENCE_CLASSES = /** @type {const} */ (['reader', 'member']);

/**
 * @typedef {{
 *   audience: 'reader' | 'member';
 *   name: string;
 *   email: string;
 *   initial: string;
 *   staff: boolean;
 *   pastDue: boolean;
 *   saved: number[] | null;
 * }} Audience
 * What the cookie says: the class, and what the page shows of the person. `saved` is null when
 * there are more saved stories than the cookie holds.
 */

/**
 * The key the cookie is signed with, from AUTH_SECRET (so that every instance behind a balancer
 * agrees), or a random one for this process when there is none (a local run: a restart only
 * means each reader's next request mints a new cookie).
 * @param {string | undefined} authSecret
 */
export function audienceKey(authSecret) {
  if (!authSecret) return crypto.randomBytes(32);
  return Buffer.from(crypto.hkdfSync('sha256', authSecret, 'ridgeline', 'audience cookie v1', 32));
}

/** @param {string} sessionToken */
export function sessionBinding(sessionToken) {
  return crypto.createHash('sha256').update(sessionToken).digest('base64url').slice(0, 22);
}

/**
 * @param {Buffer} key
 * @param {string} body
 */
function signatureOf(key, body) {
  return crypto.createHmac('sha256', key).update(body).digest('base64url');
}

/**
 * @param {Audience} audience
 * @param {{ key: Buffer; sessionToken: string; now?: number }} options
 * @returns {string} the cookie's value
 */
export function signAudience(audience, { key, sessionToken, now = Date.now() }) {
  const saved = audience.saved && audience.saved.length <= MAX_SAVED_IN_COOKIE ? audience.saved : null;
  const payload = {
    a: audience.audience,
    n: audience.name,
    m: audience.email,
    i: audience.initial,
    st: audience.staff ? 1 : 0,
    pd: audience.pastDue ? 1 : 0,
    sv: saved,
    s: sessionBinding(sessionToken),
    e: Math.floor(now / 1000) + AUDIENCE_TTL_SECONDS,
  };
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${signatureOf(key, body)}`;
}

/**
 * What a cookie says, or null when it does not verify, has expired, names another session or is
 * not in the shape this version writes.
 * @param {string | undefined} value
 * @param {{ key: Buffer; sessionToken: string | undefined; now?: number }} options
 * @returns {Audience | null}
 */
export function readAudience(value, { key, sessionToken, now = Date.now() }) {
  if (!value || !sessionToken || value.length > 4096) return null;
  const dot = value.indexOf('.');
  if (dot <= 0) return null;
  const body = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1), 'base64url');
  const expected = Buffer.from(signatureOf(key, body), 'base64url');
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  /** @type {Record<string, unknown>} */
  let payload;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof payload.e !== 'number' || payload.e * 1000 <= now) return null;
  if (payload.s !== sessionBinding(sessionToken)) return null;
  if (payload.a !== 'reader' && payload.a !== 'member') return null;
  if (typeof payload.n !== 'string' || typeof payload.m !== 'string' || typeof payload.i !== 'string') return null;
  const saved = payload.sv;
  if (saved !== null && !(Array.isArray(saved) && saved.every((id) => Number.isInteger(id)))) return null;
  return {
    audience: payload.a,
    name: payload.n,
    email: payload.m,
    initial: payload.i,
    staff: payload.st === 1,
    pastDue: payload.pd === 1,
    saved: /** @type {number[] | null} */ (saved),
  };
}

/**
 * Where a page cached for a class leaves room for the person: `\uE000rl:name\uE001`, made by
 * lib/auth/personal-slots.ts (characters from Unicode's private use area, which no text of ours
 * holds and React writes as they are).
 */
const SLOT = /\uE000rl:([a-z-]+)(?::(\d+))?\uE001/g;

const HTML_ESCAPES = /** @type {Record<string, string>} */ ({
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\\': '&#92;',
});
/** @param {string} text */
const escapeHtml = (text) => text.replace(/[&<>"'\\]/g, (char) => HTML_ESCAPES[char] ?? char);

/**
 * The page for this person: every slot filled from the cookie, escaped for text and attributes
 * alike. Null when the page needs what the cookie cannot say (whether a story is saved, for a
 * reader with more saved stories than it holds), or holds a slot this version does not know:
 * the caller renders that page per request instead.
 * @param {string} html
 * @param {Audience} audience
 * @returns {string | null}
 */
export function fillPersonal(html, audience) {
  let unknown = false;
  const filled = html.replace(SLOT, (_slot, name, id) => {
    switch (name) {
      case 'name':
        return escapeHtml(audience.name || audience.email);
      case 'email':
        return escapeHtml(audience.email);
      case 'initial':
        return escapeHtml(audience.initial);
      case 'staff':
        return String(audience.staff);
      case 'past-due':
        return String(audience.pastDue);
      case 'saved':
      case 'unsaved': {
        if (!audience.saved || id === undefined) {
          unknown = true;
          return '';
        }
        const saved = audience.saved.includes(Number(id));
        return String(name === 'saved' ? saved : !saved);
      }
      default:
        unknown = true;
        return '';
    }
  });
  return unknown ? null : filled;
}
