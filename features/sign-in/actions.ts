'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requestIp } from '@/lib/auth/request-ip';
import { emailSchema, requestSignInEmail, safeCallbackUrl, signInWithCode, signInWithLink, TOKEN_MINUTES } from '@/lib/auth/sign-in';
import { PENDING_SIGN_IN_COOKIE, setSessionCookie } from '@/lib/auth/start-session';
import { env } from '@/lib/env';
import { formatTime } from '@/lib/format';

export type FormState = { message?: string; errors?: Record<string, string[]>; values?: Record<string, string> };

export async function requestSignInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const rawEmail = String(formData.get('email') ?? '');
  const callbackUrl = safeCallbackUrl(formData.get('callbackUrl'));
  const parsed = emailSchema.safeParse(rawEmail);
  if (!parsed.success) return { errors: { email: parsed.error.issues.map((i) => i.message) }, values: { email: rawEmail } };
  let result;
  try {
    result = await requestSignInEmail({ email: parsed.data, ip: await requestIp(), callbackUrl });
  } catch (error) {
    console.error('sign-in email failed', error);
    return { message: 'We could not send the email just now. Please try again in a minute.', values: { email: rawEmail } };
  }
  if (!result.ok) {
    return { message: `Too many sign-in emails have been requested. Please try again after ${formatTime(result.retryAt)}.`, values: { email: rawEmail } };
  }
  (await cookies()).set(PENDING_SIGN_IN_COOKIE, result.browserNonce, {
    httpOnly: true,
    sameSite: 'lax',
    secure: env.isProduction,
    path: '/signin',
    maxAge: TOKEN_MINUTES * 60,
  });
  redirect(`/signin/code?callbackUrl=${encodeURIComponent(callbackUrl)}`);
}

const codeSchema = z
  .string()
  .transform((s) => s.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, 'The code is the six digits in the email.'));

export async function verifyCodeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const jar = await cookies();
  const browserNonce = jar.get(PENDING_SIGN_IN_COOKIE)?.value;
  if (!browserNonce) return { message: 'This sign-in has timed out. Please ask for a new email.' };
  const parsed = codeSchema.safeParse(String(formData.get('code') ?? ''));
  if (!parsed.success) return { errors: { code: parsed.error.issues.map((i) => i.message) }, values: { code: String(formData.get('code') ?? '') } };
  const result = await signInWithCode({ browserNonce, code: parsed.data, ip: await requestIp() });
  if ('error' in result) {
    if (result.error === 'rate-limited') {
      return { message: `Too many wrong codes have been typed from here. Please try again after ${formatTime(result.retryAt)}, or use the link in the email.` };
    }
    if (result.error === 'wrong') {
      return {
        errors: { code: [`That code is not right. ${result.attemptsLeft} ${result.attemptsLeft === 1 ? 'try' : 'tries'} left.`] },
        values: { code: parsed.data },
      };
    }
    return { message: 'This code no longer works: it has expired, was used, or was typed wrong too often. The link in the email may still work; otherwise please ask for a new email.' };
  }
  await setSessionCookie(result);
  jar.delete({ name: PENDING_SIGN_IN_COOKIE, path: '/signin' });
  redirect(result.callbackUrl);
}

export async function confirmLinkAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const token = String(formData.get('token') ?? '');
  const result = await signInWithLink(token);
  if ('error' in result) {
    return {
      message:
        result.error === 'used'
          ? 'This link has already been used. Each link works once: please ask for a new one.'
          : 'This link has expired or is not valid. Please ask for a new one.',
    };
  }
  await setSessionCookie(result);
  redirect(result.callbackUrl);
}
