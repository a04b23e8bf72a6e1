import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openConnection, type Database } from '@/db/client';
import { setRoleByEmail } from '@/db/account-roles';
import { env } from '@/lib/env';
import { ROLES, type UserRole } from '@/domain/auth/permissions';

/**
 * npm run user -- add <email> --role editor|admin|contributor|reader
 * Creates or updates a staff account. The person signs in by email like everyone else.
 * With the embedded database, stop the server first (PGlite allows one process per folder).
 */

/** `npm run user -- add`: the account gets the role, in a transaction of its own. */
export async function setAccountRole(
  db: Database,
  setting: { email: string; role: UserRole },
): Promise<{ ok: true; email: string; role: UserRole } | { ok: false; reason: 'last-admin' }> {
  const result = await db.transaction((tx) => setRoleByEmail(tx, setting));
  return result.ok ? { ok: true, email: result.email, role: result.role } : result;
}

const DESCRIBED: Record<UserRole, string> = {
  reader: 'a reader (no newsroom access)',
  contributor: 'a contributor',
  editor: 'an editor',
  admin: 'an admin',
};

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
    const result = await setAccountRole(conn.db, { email, role });
    if (!result.ok) {
      console.error(
        `${email} is the newsroom's only admin, so they stay an admin: without one, nobody could manage staff. ` +
          'Make someone else an admin first (npm run user -- add <their email> --role admin), then run this again.',
      );
      process.exitCode = 1;
      return;
    }
    console.log(`${result.email} is now ${DESCRIBED[result.role]}. They sign in at ${env.SITE_URL}/signin.`);
  } finally {
    await conn.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
