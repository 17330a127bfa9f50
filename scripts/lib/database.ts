import path from 'node:path';
import { createDatabaseIfMissing } from '@/db/admin';
import { startEmbeddedPostgres } from '@/db/embedded';

export interface PreparedServer {
  /** URL of the server's maintenance database (for creating others). */
  serverUrl: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

/** DATABASE_URL's server when given, else an embedded PostgreSQL booted for this process. */
export async function preparePostgres(options: {
  databaseUrl?: string;
  embeddedPort: number;
  embeddedDataDir: string;
  log: (line: string) => void;
}): Promise<PreparedServer> {
  if (options.databaseUrl) {
    await createDatabaseIfMissing(options.databaseUrl);
    return { serverUrl: options.databaseUrl, embedded: false, stop: async () => {} };
  }
  const dataDir = path.resolve(options.embeddedDataDir);
  options.log(
    `no DATABASE_URL: starting embedded PostgreSQL on port ${options.embeddedPort} (${dataDir})`,
  );
  const server = await startEmbeddedPostgres({
    dataDir,
    port: options.embeddedPort,
    log: options.log,
  });
  return { serverUrl: server.urlFor('postgres'), embedded: true, stop: server.stop };
}
