import { pingDatabase } from '@/db/queries/health';

export const dynamic = 'force-dynamic';

/** Liveness and database reachability, for load balancers and the test harness. */
export async function GET() {
  try {
    await pingDatabase();
    return Response.json({ ok: true }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    console.error('health check failed', error);
    return Response.json(
      { ok: false, error: 'database unreachable' },
      { status: 503, headers: { 'Cache-Control': 'no-store' } },
    );
  }
}
