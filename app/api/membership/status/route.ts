import { authorize, refusalResponse } from '@/lib/auth/viewer';
import { entitlementOf } from '@/domain/membership/entitlement';

export const dynamic = 'force-dynamic';

/** For the welcome page while it waits for the webhook: is this reader a member yet? */
export async function GET() {
  const caller = await authorize();
  if (!caller.ok) return refusalResponse(caller);
  return Response.json(
    { member: entitlementOf(caller.viewer).isMember },
    { headers: { 'Cache-Control': 'private, no-store' } },
  );
}
