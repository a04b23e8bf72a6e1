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
import { formatTime } from '@/lib/format';

const emailInput = z.object({
  email: text(emailSchema),
  callbackUrl: z
    .unknown()
    .optional()
    .transform((raw) => safeCallbackUrl(raw)),
});

/** Every refusal keeps the address as typed: React empties the form after each action. */
const typedEmail = (values: Record<string, unknown>) => ({
  email: typeof values.email === 'string' ? values.email : '',
});

// A module-level function, not an arrow inside the export: Next's compiler would take a sync arrow there for a server action.
function refusedEmail({ fieldErrors, values }: SchemaRefusal): ActionResult {
  return { ok: false, fieldErrors: { email: fieldErrors.email }, values: typedEmail(values) };
}

export const requestSignInAction = formAction({
  permission: 'anyone',
  input: emailInput,
  invalid: refusedEmail,
  run: async ({ input, values }): Promise<ActionResult> => {
    let result;
    try {
      result = await requestSignInEmail({ email: input.email, ip: await requestIp(), callbackUrl: input.callbackUrl });
    } catch (error) {
      console.error('sign-in email failed', error);
      return {
        ok: false,
        message: 'We could not send the email just now. Please try again in a minute.',
        values: typedEmail(values),
      };
    }
    if (!result.ok) {
      return {
        ok: false,
        message: `Too many sign-in emails have been requested. Please try again after ${formatTime(result.retryAt)}.`,
        values: typedEmail(values),
      };
    }
    (await cookies()).set(PENDING_SIGN_IN_COOKIE, result.browserNonce, {
      httpOnly: true,
      sameSite: 'lax',
      secure: env.isProduction,
      path: '/signin',
      maxAge: TOKEN_MINUTES * 60,
    });
    redirect(`/signin/code?callbackUrl=${encodeURIComponent(input.callbackUrl)}`);
  },
});

const codeInput = z.object({
  code: z
    .unknown()
    .optional()
    .transform((s) => (typeof s === 'string' ? s.replace(/\s+/g, '') : ''))
    .pipe(z.string().regex(/^\d{6}$/, 'The code is the six digits in the email.')),
});

export const verifyCodeAction = formAction({
  permission: 'anyone',
  // Checked in run, not here: a timed-out sign-in is said to be one whatever was typed.
  input: z.unknown(),
  run: async ({ values }): Promise<ActionResult> => {
    const jar = await cookies();
    const browserNonce = jar.get(PENDING_SIGN_IN_COOKIE)?.value;
    if (!browserNonce) return { ok: false, message: 'This sign-in has timed out. Please ask for a new email.' };
    const parsed = codeInput.safeParse(values);
    if (!parsed.success) {
      return {
        ok: false,
        fieldErrors: z.flattenError(parsed.error).fieldErrors,
        values: { code: typeof values.code === 'string' ? values.code : '' },
      };
    }
    const { code } = parsed.data;
    const result = await signInWithCode({ browserNonce, code, ip: await requestIp() });
    if ('error' in result) {
      if (result.error === 'rate-limited') {
        return {
          ok: false,
          message: `Too many wrong codes have been typed from here. Please try again after ${formatTime(result.retryAt)}, or use the link in the email.`,
        };
      }
      if (result.error === 'wrong') {
        return {
          ok: false,
          fieldErrors: {
            code: [
              `That code is not right. ${result.attemptsLeft} ${result.attemptsLeft === 1 ? 'try' : 'tries'} left.`,
            ],
          },
          values: { code },
        };
      }
      return {
        ok: false,
        message:
          'This code no longer works: it has expired, was used, or was typed wrong too often. The link in the email may still work; otherwise please ask for a new email.',
      };
    }
    await setSessionCookie(result);
    jar.delete({ name: PENDING_SIGN_IN_COOKIE, path: '/signin' });
    redirect(result.callbackUrl);
  },
});

export const confirmLinkAction = formAction({
  permission: 'anyone',
  input: z.object({ token: text(z.string()) }),
  run: async ({ input }): Promise<ActionResult> => {
    const result = await signInWithLink(input.token);
    if ('error' in result) {
      return {
        ok: false,
        message:
          result.error === 'used'
            ? 'This link has already been used. Each link works once: please ask for a new one.'
            : 'This link has expired or is not valid. Please ask for a new one.',
      };
    }
    await setSessionCookie(result);
    redirect(result.callbackUrl);
  },
});
