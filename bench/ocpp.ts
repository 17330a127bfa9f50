/**
 * OCPP benchmark (issue 3): N stations on real sockets from separate load-generator processes
 * against a separate ocpp-server process, first with persistence off (the ceiling), then on.
 * Reports connect time, server RSS, MeterValues/s at an offered rate with p50/p99, the back-to-
 * back throughput of both, their ratio, and checks that every answered sample was persisted.
 *   npm run bench:ocpp -- --stations 10000 --rate 5000 --seconds 30 --saturate-seconds 15
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { createDatabaseIfMissing, dropDatabase, withDatabase } from '@/db/admin';
import { createDb } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { idTags } from '@/db/schema';
import { generateStationPassword } from '@/lib/auth/password';
import { parseEnv, postgresUrl } from '@/lib/config/parse-env';
import { provisionStationsInBulk } from '@/lib/stations/provision-stations-in-bulk';
import { preparePostgres } from '@/scripts/lib/database';
import { formatReport } from './report';
import { runMode } from './run-mode';

const ZArgs = z.object({
  stations: z.coerce.number().int().min(1).max(20_000),
  workers: z.coerce.number().int().min(1).max(16),
  concurrency: z.coerce.number().int().min(1).max(1000),
  rate: z.coerce.number().int().min(1),
  seconds: z.coerce.number().int().min(1).max(600),
  saturateSeconds: z.coerce.number().int().min(1).max(600),
  /** KEY=VALUE pairs passed to the ocpp-server process (tuning experiments). */
  serverEnv: z.array(z.string().regex(/^[A-Z_]+=.*$/)),
});
const { values } = parseArgs({
  options: {
    stations: { type: 'string', default: '1000' },
    workers: { type: 'string', default: '2' },
    concurrency: { type: 'string', default: '100' },
    rate: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '20' },
    'saturate-seconds': { type: 'string', default: '10' },
    'server-env': { type: 'string', multiple: true, default: [] },
  },
});
const args = ZArgs.parse({
  ...values,
  saturateSeconds: values['saturate-seconds'],
  serverEnv: values['server-env'],
});
const env = parseEnv(z.object({ DATABASE_URL: postgresUrl.optional() }));
const log = (line: string) => console.error(`[bench] ${line}`);

const postgresServer = await preparePostgres({
  databaseUrl: env.DATABASE_URL,
  embeddedPort: 54350,
  embeddedDataDir: '.data/bench-pg',
  log,
});
const databaseUrl = withDatabase(
  postgresServer.serverUrl,
  `chargedeck_bench_${randomBytes(3).toString('hex')}`,
);
await createDatabaseIfMissing(databaseUrl);
await runMigrations(databaseUrl);
const handle = createDb(databaseUrl, { max: 2 });

try {
  // A generated password, as an operator would hand out: it gets the fast station hash.
  const password = generateStationPassword();
  const identities = Array.from(
    { length: args.stations },
    (_, i) => `BENCH-${String(i + 1).padStart(5, '0')}`,
  );
  await provisionStationsInBulk(
    handle.db,
    password,
    identities.map((identity) => ({
      identity,
      name: identity,
      connectors: [{ connectorId: 1, type: 'CCS2' as const, maxPowerW: 150_000 }],
    })),
  );
  await handle.db.insert(idTags).values({ idTag: 'BENCH', label: 'benchmark' });
  log(`provisioned ${args.stations} stations`);

  const countRows = async () => {
    const [row] = await handle.db.execute<{ samples: number; written: number }>(sql`
      select
        (select count(*) from meter_values where measurand = 'Energy.Active.Import.Register')::int as samples,
        ((select count(*) from meter_values) + (select count(*) from sessions)
          + (select count(*) from ocpp_messages))::int as written`);
    return row ?? { samples: 0, written: 0 };
  };

  const options = {
    databaseUrl,
    identities,
    password,
    workers: args.workers,
    concurrency: args.concurrency,
    rate: args.rate,
    seconds: args.seconds,
    saturateSeconds: args.saturateSeconds,
    serverEnv: Object.fromEntries(
      args.serverEnv.map((pair) => [
        pair.slice(0, pair.indexOf('=')),
        pair.slice(pair.indexOf('=') + 1),
      ]),
    ),
    postgresPids: async () =>
      (
        await handle.db.execute<{ pid: number }>(
          sql`select pid from pg_stat_activity where datname = current_database()`,
        )
      ).map((row) => row.pid),
    log,
  };
  const ceiling = await runMode(false, options);
  const ceilingRowsWritten = (await countRows()).written;
  const persisted = await runMode(true, options);
  const persistedRows = (await countRows()).samples;

  console.log(
    formatReport({
      stations: args.stations,
      workers: args.workers,
      seconds: args.seconds,
      saturateSeconds: args.saturateSeconds,
      ceiling,
      persisted,
      persistedRows,
      ceilingRowsWritten,
      embeddedDatabase: postgresServer.embedded,
    }),
  );
} finally {
  await handle.close();
  await dropDatabase(databaseUrl);
  await postgresServer.stop();
}
