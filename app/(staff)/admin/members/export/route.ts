import { listAllMembers, recordAudit } from '@/db/queries/admin-members';
import { authorize, refusalResponse } from '@/lib/auth/viewer';
import { memberCsvHeader, memberCsvLine } from '@/lib/membership/member-csv';
import { parseMemberQuery } from '@/features/members/filter';

export const dynamic = 'force-dynamic';

/**
 * The members list as CSV, for the filter in the query string: every row the list shows, on all
 * its pages, in the same order. Admins only; each export is written to the audit log.
 */
export async function GET(request: Request) {
  const caller = await authorize('members:export');
  if (!caller.ok) return refusalResponse(caller);
  const { filter } = parseMemberQuery(new URL(request.url).searchParams);
  const now = new Date();
  const rows = await listAllMembers({ filter, now });
  await recordAudit({
    actorId: caller.viewer.userId,
    action: 'members.export',
    details: { filter, rows: rows.length },
  });
  const encoder = new TextEncoder();
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(memberCsvHeader()));
    },
    pull(controller) {
      // A few hundred rows per chunk: the response starts at once and memory stays flat.
      const chunk = rows.slice(next, next + 500);
      next += chunk.length;
      if (chunk.length) controller.enqueue(encoder.encode(chunk.map((row) => memberCsvLine(row, now)).join('')));
      if (next >= rows.length) controller.close();
    },
  });
  const day = now.toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="ridgeline-members-${filter.status}-${day}.csv"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
