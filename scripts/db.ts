import { backfillDerivedText } from '@/db/backfill';
import { openConnection } from '@/db/client';
import { writeMigrationStamp } from '@/db/schema-state';
import { seed } from '@/lib/content/seed';
import { env } from '@/lib/env';

const command = process.argv[2];

async function main() {
  if (command !== 'migrate' && command !== 'seed') {
    console.error('Usage: tsx scripts/db.ts migrate|seed');
    process.exit(2);
  }
  const conn = await openConnection({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    await conn.migrate();
    await backfillDerivedText(conn.db);
    if (conn.kind === 'pglite') writeMigrationStamp(env.DATA_DIR);
    if (command === 'seed') await seed(conn.db);
    console.log(
      `${command === 'seed' ? 'Migrated and seeded' : 'Migrated'} the ${conn.kind === 'pglite' ? `embedded database in ${env.DATA_DIR}` : 'Postgres database'}.`,
    );
  } finally {
    await conn.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
