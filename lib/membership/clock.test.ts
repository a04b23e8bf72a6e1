import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complimentaryGrants, users } from '@/db/schema';
import { getComplimentaryUntil } from '@/db/queries/memberships';
import { testDatabaseKinds } from '@/db/testing';
import { entitlementFor } from '@/domain/membership/entitlement';
import { env } from '@/lib/env';
import { membershipNow } from '@/lib/membership/clock';
import { startTestStandin, type TestStandin } from '@/stripe-standin/test-support';
import { useTestDatabase } from '@/test/database';

const DAY = 86_400_000;
let t: TestStandin;
const original = { url: env.STRIPE_STANDIN_URL, standin: env.useStripeStandin };
beforeAll(async () => {
  t = await startTestStandin();
  env.STRIPE_STANDIN_URL = t.standin.url;
});
afterAll(async () => {
  Object.assign(env, { STRIPE_STANDIN_URL: original.url, useStripeStandin: original.standin });
  await t?.close();
});

/** The reading is cached for a second: wait it out so that the next one asks the stand-in. */
const pastCache = () => new Promise((resolve) => setTimeout(resolve, 1100));

describe.each(testDatabaseKinds)('membership time on the Stripe stand-in, on %s', (kind) => {
  const conn = useTestDatabase(kind);

  it('follows the stand-in’s clock, so that a gift ends when the clock is moved past it, and production keeps the machine’s', async () => {
    await t.control('/_standin/reset', {});
    env.useStripeStandin = true;
    await pastCache();
    expect(Math.abs((await membershipNow()).getTime() - Date.now())).toBeLessThan(2000);

    const [reader] = await conn()
      .db.insert(users)
      .values({ email: `clock-${kind}@example.org` })
      .returning();
    const endsAt = new Date(Date.now() + 30 * DAY);
    await conn()
      .db.insert(complimentaryGrants)
      .values({ userId: reader!.id, endsAt, reason: 'Gift membership: 1 month' });
    const memberAt = async (now: Date) =>
      entitlementFor(
        { membership: null, complimentaryUntil: await getComplimentaryUntil({ userId: reader!.id, now }) },
        now,
      );
    expect(await memberAt(await membershipNow())).toEqual({ isMember: true, reason: 'complimentary' });

    await t.control('/_standin/clock/advance', { seconds: 31 * 86_400 });
    await pastCache();
    const moved = await membershipNow();
    expect(moved.getTime() - Date.now()).toBeGreaterThan(31 * DAY - 5000);
    expect(moved.getTime() - Date.now()).toBeLessThan(31 * DAY + 5000);
    expect(await memberAt(moved)).toEqual({ isMember: false, reason: 'no-membership' });

    // Production (or a real Stripe key) never asks anyone the time.
    env.useStripeStandin = false;
    expect(Math.abs((await membershipNow()).getTime() - Date.now())).toBeLessThan(1000);
    env.useStripeStandin = true;

    // A stand-in that does not answer leaves the machine's clock.
    env.STRIPE_STANDIN_URL = 'http://127.0.0.1:9';
    await pastCache();
    expect(Math.abs((await membershipNow()).getTime() - Date.now())).toBeLessThan(1000);
    env.STRIPE_STANDIN_URL = t.standin.url;
    await t.control('/_standin/reset', {});
  });
});
