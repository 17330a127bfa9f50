import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { createDatabaseIfMissing, dropDatabase, withDatabase } from '@/db/admin';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '@/db/embedded';
import { runMigrations } from '@/db/migrate';

export const TEST_EMBEDDED_PORT = 54330;

export interface TestDatabase {
  url: string;
  dispose: () => Promise<void>;
}

/**
 * A throwaway, migrated database for one test run: on the server named by DATABASE_URL when it
 * is set, otherwise on an embedded PostgreSQL, so tests pass on a machine without PostgreSQL.
 */
export async function createTestDatabase(
  serverUrl: string | undefined = process.env.DATABASE_URL,
): Promise<TestDatabase> {
  const name = `chargedeck_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  let embedded: EmbeddedDatabase | undefined;
  let url: string;
  if (serverUrl) {
    url = withDatabase(serverUrl, name);
  } else {
    embedded = await startEmbeddedPostgres({
      dataDir: path.resolve('.data/test-pg'),
      port: TEST_EMBEDDED_PORT,
    });
    url = embedded.urlFor(name);
  }
  await createDatabaseIfMissing(url);
  await runMigrations(url);
  return {
    url,
    async dispose() {
      await dropDatabase(url);
      await embedded?.stop();
    },
  };
}
