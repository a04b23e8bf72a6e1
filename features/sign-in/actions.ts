'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction, text, type ActionResult, type SchemaRefusal } from '@/lib/actions/action';
import { requestIp } from '@/lib/auth/request-ip';
import {
  emailSchema,
  requestSignInEmail,
  safeCallbackUrl,
  signInWithCode,
  signInWithLink,
  TOKEN_MINUTES,
} from '@/lib/auth/sign-in';
import { PENDING_SIGN_IN_COOKIE, setSessionCookie } from '@/lib/auth/start-session';
import { env } from '@/lib/env';
import { editionField } from '@/domain/i18n/locale-schema';
import type { Locale } from '@/domain/i18n/locales';
import { formatter, translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';

const emailInput = z.object({
  email: text(emailSchema),
  locale: editionField,
  callbackUrl: z
    .unknown()
    .optional()
    .transform((raw) => safeCallbackUrl(raw)),
});

/** The edition whose page sent the form: its answers, its mail and its next page are in its language. */
const formLocale = (values: Record<string, unknown>): Locale => editionField.parse(values.locale);
const errorsIn = (values: Record<string, unknown>) => translator(formLocale(values), 'signInErrors');

/** Every refusal keeps the address as typed: React empties the form after each action. */
const typedEmail = (values: Record<string, unknown>) => ({
  email: typeof values.email === 'string' ? values.email : '',
});

// A module-level function, not an arrow inside the export: Next's compiler would take a sync arrow there for a server action.
function refusedEmail({ error, values }: SchemaRefusal): ActionResult {
  const t = errorsIn(values);
  const tooLong = error.issues.some((issue) => issue.path[0] === 'email' && issue.code === 'too_big');
  return { ok: false, fieldErrors: { email: [t(tooLong ? 'tooLong' : 'invalidEmail')] }, values: typedEmail(values) };
}

export const requestSignInAction = formAction({
  permission: 'anyone',
  input: emailInput,
  invalid: refusedEmail,
  run: async ({ input, values }): Promise<ActionResult> => {
    const { locale } = input;
    const t = translator(locale, 'signInErrors');
    let result;
    try {
      result = await requestSignInEmail({
        email: input.email,
        ip: await requestIp(),
        callbackUrl: input.callbackUrl,
        locale,
      });
    } catch (error) {
      console.error('sign-in email failed', error);
      return { ok: false, message: t('sendFailed'), values: typedEmail(values) };
    }
    if (!result.ok) {
      return {
        ok: false,
        message: t('tooManyEmails', { time: formatter(locale).time(result.retryAt) }),
        values: typedEmail(values),
      };
    }
    (await cookies()).set(PENDING_SIGN_IN_COOKIE, result.browserNonce, {
      httpOnly: true,
      sameSite: 'lax',
      secure: env.isProduction,
      path: localePath(locale, '/signin'),
      maxAge: TOKEN_MINUTES * 60,
    });
    redirect(`${localePath(locale, '/signin/code')}?callbackUrl=${encodeURIComponent(input.callbackUrl)}`);
  },
});

const codeInput = z.object({
  code: z
    .unknown()
    .optional()
    .transform((s) => (typeof s === 'string' ? s.replace(/\s+/g, '') : ''))
    .pipe(z.string().regex(/^\d{6}$/)),
});

export const verifyCodeAction = formAction({
  permission: 'anyone',
  // Checked in run, not here: a timed-out sign-in is said to be one whatever was typed.
  input: z.unknown(),
  run: async ({ values }): Promise<ActionResult> => {
    const locale = formLocale(values);
    const t = translator(locale, 'signInErrors');
    const jar = await cookies();
    const browserNonce = jar.get(PENDING_SIGN_IN_COOKIE)?.value;
    if (!browserNonce) return { ok: false, message: t('timedOut') };
    const parsed = codeInput.safeParse(values);
    if (!parsed.success) {
      return {
        ok: false,
        fieldErrors: { code: [t('codeFormat')] },
        values: { code: typeof values.code === 'string' ? values.code : '' },
      };
    }
    const { code } = parsed.data;
    const result = await signInWithCode({ browserNonce, code, ip: await requestIp() });
    if ('error' in result) {
      if (result.error === 'rate-limited') {
        return { ok: false, message: t('tooManyCodes', { time: formatter(locale).time(result.retryAt) }) };
      }
      if (result.error === 'wrong') {
        return {
          ok: false,
          fieldErrors: { code: [t('wrongCode', { left: result.attemptsLeft })] },
          values: { code },
        };
      }
      return { ok: false, message: t('codeDead') };
    }
    await setSessionCookie(result);
    jar.delete({ name: PENDING_SIGN_IN_COOKIE, path: localePath(locale, '/signin') });
    redirect(result.callbackUrl);
  },
});

export const confirmLinkAction = formAction({
  permission: 'anyone',
  input: z.object({ token: text(z.string()), locale: editionField }),
  run: async ({ input }): Promise<ActionResult> => {
    const result = await signInWithLink(input.token);
    if ('error' in result) {
      const t = translator(input.locale, 'signInErrors');
      return { ok: false, message: t(result.error === 'used' ? 'linkUsed' : 'linkExpired') };
    }
    await setSessionCookie(result);
    redirect(result.callbackUrl);
  },
});
