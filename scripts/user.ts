import { openConnection } from '@/db/client';
import { users } from '@/db/schema';
import { env } from '@/lib/env';
import { ROLES, type UserRole } from '@/domain/auth/permissions';

/**
 * npm run user -- add <email> --role editor|admin|contributor|reader
 * Creates or updates a staff account. The person signs in by email like everyone else.
 * With the embedded database, stop the server first (PGlite allows one process per folder).
 */
async function main() {
  const [command, rawEmail, ...rest] = process.argv.slice(2);
  const roleIndex = rest.indexOf('--role');
  const role = (roleIndex >= 0 ? rest[roleIndex + 1] : 'editor') as UserRole;
  const email = rawEmail?.trim().toLowerCase();
  if (command !== 'add' || !email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) || !ROLES.includes(role)) {
    console.error('Usage: npm run user -- add <email> --role contributor|editor|admin|reader');
    process.exit(2);
  }
  const conn = await openConnection({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    await conn.migrate();
    const [row] = await conn.db.insert(users).values({ email, role }).onConflictDoUpdate({ target: users.email, set: { role } }).returning({ email: users.email, role: users.role });
    const described = { reader: 'a reader (no newsroom access)', contributor: 'a contributor', editor: 'an editor', admin: 'an admin' }[row?.role ?? role];
    console.log(`${row?.email} is now ${described}. They sign in at ${env.SITE_URL}/signin.`);
  } finally {
    await conn.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
