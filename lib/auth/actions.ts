'use server';

import { redirect } from 'next/navigation';
import { deleteSessionsOfUser } from '@/db/queries/users';
import { signOut } from './auth';
import { getViewer } from './viewer';

/** Ends this session on the server and clears its cookie. */
export async function signOutAction() {
  await signOut({ redirect: false });
  redirect('/');
}

/** Ends every session of the reader, on every device, this one included. */
export async function signOutEverywhereAction() {
  const viewer = await getViewer();
  if (viewer.kind === 'reader') await deleteSessionsOfUser({ userId: viewer.userId });
  await signOut({ redirect: false });
  redirect('/');
}
