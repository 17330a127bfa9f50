/**
 * OCPP baseline: N stations connect to a separate ocpp-server process over real sockets, boot,
 * start a transaction each, then send MeterValues for a while. Reports connect time, server RSS,
 * persisted MeterValues per second and answer latency, and checks the database holds them all.
 *   npm run bench:ocpp -- --stations 500 --seconds 20 --interval-ms 1000
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { createDatabaseIfMissing, dropDatabase, withDatabase } from '@/db/admin';
import { createDb } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { parseEnv, postgresUrl } from '@/lib/config/parse-env';
import { provisionStationsInBulk } from '@/lib/stations/provision-stations-in-bulk';
import { createSupervisor, typescriptEntry } from '@/scripts/lib/children';
import { preparePostgres } from '@/scripts/lib/database';
import { waitForPort } from '@/scripts/lib/wait-for';
import { freePort } from '@/test/free-port';
import { connectStations, runMeterLoad } from './load/ocpp-load';
import { percentile } from './load/stats';

const ZArgs = z.object({
  stations: z.coerce.number().int().min(1).max(20_000),
  seconds: z.coerce.number().int().min(1).max(600),
  intervalMs: z.coerce.number().int().min(10),
});
const { values } = parseArgs({
  options: {
    stations: { type: 'string', default: '500' },
    seconds: { type: 'string', default: '20' },
    'interval-ms': { type: 'string', default: '1000' },
  },
});
const args = ZArgs.parse({ ...values, intervalMs: values['interval-ms'] });
const env = parseEnv(z.object({ DATABASE_URL: postgresUrl.optional() }));
const log = (line: string) => console.error(`[bench] ${line}`);

const server = await preparePostgres({
  databaseUrl: env.DATABASE_URL,
  embeddedPort: 54350,
  embeddedDataDir: '.data/bench-pg',
  log,
});
const databaseUrl = withDatabase(
  server.serverUrl,
  `chargedeck_bench_${randomBytes(3).toString('hex')}`,
);
await createDatabaseIfMissing(databaseUrl);
await runMigrations(databaseUrl);
const handle = createDb(databaseUrl, { max: 2 });
const password = 'bench-password';
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

const ocppPort = await freePort();
const supervisor = createSupervisor((name, code) => {
  log(`${name} exited (code ${code})`);
  process.exit(1);
});
const ocpp = supervisor.start('ocpp', ...typescriptEntry('ocpp-server/index.ts'), {
  ...process.env,
  DATABASE_URL: databaseUrl,
  OCPP_PORT: String(ocppPort),
  OCPP_HOST: '127.0.0.1',
  OCPP_NODE_ID: 'bench',
});
await waitForPort(ocppPort);
const rssMb = () =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${ocpp.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

try {
  const url = `ws://127.0.0.1:${ocppPort}/ocpp`;
  const connectStarted = performance.now();
  const clients = await connectStations({ url, identities, password });
  const connectSeconds = (performance.now() - connectStarted) / 1000;
  const rssConnected = rssMb();
  log(`${clients.length} stations connected and charging in ${connectSeconds.toFixed(1)} s`);

  const load = await runMeterLoad(clients, { seconds: args.seconds, intervalMs: args.intervalMs });
  const rssLoaded = rssMb();
  const [persisted] = await handle.db.execute<{ count: number }>(
    sql`select count(distinct (station_id, sampled_at))::int as count from meter_values where measurand = 'Energy.Active.Import.Register'`,
  );
  await Promise.all(clients.map((client) => client.close()));

  const lines = [
    `| stations | connect all | RSS connected / loaded | MeterValues answered/s | persisted | p50 | p99 | errors |`,
    `| --- | --- | --- | --- | --- | --- | --- | --- |`,
    `| ${args.stations} | ${connectSeconds.toFixed(1)} s | ${rssConnected.toFixed(0)} / ${rssLoaded.toFixed(0)} MB | ${(load.answered / load.seconds).toFixed(0)} | ${persisted?.count ?? 0} of ${load.answered} | ${percentile(load.latenciesMs, 50).toFixed(1)} ms | ${percentile(load.latenciesMs, 99).toFixed(1)} ms | ${load.errors} |`,
    '',
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}; database: ${server.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'}; load generator, server and PostgreSQL share the machine`,
  ];
  console.log(lines.join('\n'));
} finally {
  await supervisor.stopAll();
  await handle.close();
  await dropDatabase(databaseUrl);
  await server.stop();
}
