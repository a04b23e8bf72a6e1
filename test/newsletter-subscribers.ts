import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { newsletters } from '@/db/schema';

/**
 * Many confirmed subscribers of Ridgeline Weekly at once, in one statement (for the send
 * benchmark and the crash test): readers `<prefix>-1` … `<prefix>-<count>` at
 * `<prefix>-<n>@example.org`; every `memberEvery`-th one an active member. Returns the newsletter.
 */
export async function addWeeklySubscribers(
  db: Database,
  { prefix, count, memberEvery }: { prefix: string; count: number; memberEvery?: number },
) {
  const [weekly] = await db
    .select()
    .from(newsletters)
    .where(sql`${newsletters.slug} = 'ridgeline-weekly'`);
  if (!weekly) throw new Error('The demo content has no Ridgeline Weekly; seed the database first.');
  await db.execute(sql`
    with readers as (
      insert into users (id, email)
      select ${prefix} || '-' || n, ${prefix} || '-' || n || '@example.org' from generate_series(1, ${count}) n
      returning id)
    insert into newsletter_subscriptions (user_id, newsletter_id, status, confirmed_at)
    select id, ${weekly.id}, 'subscribed', now() from readers`);
  if (memberEvery)
    await db.execute(sql`
      insert into memberships (id, user_id, stripe_customer_id, tier, price_id, amount, currency, interval, status)
      select 'sub_' || ${prefix} || n, ${prefix} || '-' || n, 'cus_' || ${prefix} || n, 'member', 'price_member_monthly', 1000, 'usd', 'month', 'active'
      from generate_series(1, ${count}, ${memberEvery}) n`);
  return weekly;
}
