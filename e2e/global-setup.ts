import { randomBytes } from 'node:crypto';
import { createOcppServer } from '@/ocpp-server/server';
import { freePort } from '@/test/free-port';
import { createTestDatabase } from '@/test/test-database';
import { assertNextBuild, startNextServer } from './next-server';

/**
 * Starts what the specs talk to and hands them the addresses through the environment
 * (Playwright passes globalSetup's process.env on to the workers):
 *   E2E_DATABASE_URL  the migrated database (TEST_DATABASE_URL when set, else a throwaway one)
 *   E2E_BASE_URL      `next start` on the existing build
 *   E2E_OCPP_URL      ws://127.0.0.1:{port}/ocpp, the OCPP server running in this process
 * Returns the teardown: stop Next, close the OCPP server, drop the database it created.
 */
export default async function globalSetup() {
  assertNextBuild();
  const cleanups: (() => Promise<void>)[] = [];
  const teardown = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    let databaseUrl = process.env.TEST_DATABASE_URL;
    if (!databaseUrl) {
      const database = await createTestDatabase();
      cleanups.push(database.dispose);
      databaseUrl = database.url;
    }
    const ocpp = await createOcppServer({
      databaseUrl,
      host: '127.0.0.1',
      port: 0,
      nodeId: `e2e-${randomBytes(3).toString('hex')}`,
      heartbeatIntervalS: 300,
      logger: { info: () => {}, error: (m, e) => console.error(`[ocpp] ${m}`, e ?? '') },
    });
    cleanups.push(ocpp.close);
    const port = await freePort();
    const next = await startNextServer({
      port,
      env: {
        DATABASE_URL: databaseUrl,
        NEXTAUTH_SECRET: randomBytes(32).toString('hex'),
        NEXTAUTH_URL: `http://127.0.0.1:${port}`,
        // The console shows operators this URL to configure on a charger: the real one.
        PUBLIC_OCPP_URL: `ws://127.0.0.1:${ocpp.port}/ocpp`,
      },
    });
    cleanups.push(next.stop);
    process.env.E2E_DATABASE_URL = databaseUrl;
    process.env.E2E_BASE_URL = next.url;
    process.env.E2E_OCPP_URL = `ws://127.0.0.1:${ocpp.port}/ocpp`;
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
