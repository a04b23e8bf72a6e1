import { exportUserData } from '@/db/queries/users';
import { authorize, refusalResponse } from '@/lib/auth/viewer';

export const dynamic = 'force-dynamic';

/** "Download my data": everything stored about the signed-in reader, and nobody else. */
export async function GET() {
  const caller = await authorize();
  if (!caller.ok) return refusalResponse(caller);
  const data = await exportUserData({ userId: caller.viewer.userId });
  if (!data) return Response.json({ error: 'No such account.' }, { status: 404 });
  return new Response(JSON.stringify({ exportedAt: new Date().toISOString(), ...data }, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="ridgeline-my-data.json"',
      'Cache-Control': 'private, no-store',
    },
  });
}
