import { createDb, type Database, type DbHandle } from '@/db/client';
import { webConfig } from '@/lib/config/web';

/** Survives dev hot reloads, which re-evaluate modules but keep globalThis. */
const globalForDb = globalThis as typeof globalThis & { chargedeckDb?: DbHandle };

/** The web process's one postgres.js pool. */
export function getDb(): Database {
  globalForDb.chargedeckDb ??= createDb(webConfig().DATABASE_URL);
  return globalForDb.chargedeckDb.db;
}

/** Ends the pool (tests and scripts that import web modules outside Next). */
export async function closeDb(): Promise<void> {
  const handle = globalForDb.chargedeckDb;
  globalForDb.chargedeckDb = undefined;
  await handle?.close();
}
