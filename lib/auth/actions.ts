'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { deleteSessionsOfUser } from '@/db/queries/users';
import { plainFormAction, type ActionResult } from '@/lib/actions/action';
import { signOut } from './auth';

/** Ends this session on the server and clears its cookie. */
export const signOutAction = plainFormAction({
  permission: 'anyone',
  input: z.unknown(),
  run: async (): Promise<ActionResult> => {
    await signOut({ redirect: false });
    redirect('/');
  },
});

/** Ends every session of the reader, on every device, this one included. */
export const signOutEverywhereAction = plainFormAction({
  permission: 'anyone',
  input: z.unknown(),
  run: async ({ viewer }): Promise<ActionResult> => {
    if (viewer.kind === 'signed-in') await deleteSessionsOfUser({ userId: viewer.userId });
    await signOut({ redirect: false });
    redirect('/');
  },
});
