/** `npm run db:migrate`: creates the database named by DATABASE_URL if needed and migrates it. */
import { z } from 'zod';
import { parseEnv, postgresUrl } from '@/lib/config/parse-env';
import { createDatabaseIfMissing, databaseName } from './admin';
import { runMigrations } from './migrate';

const { DATABASE_URL } = parseEnv(z.object({ DATABASE_URL: postgresUrl }));
await createDatabaseIfMissing(DATABASE_URL);
await runMigrations(DATABASE_URL);
console.log(`migrated ${databaseName(DATABASE_URL)}`);
