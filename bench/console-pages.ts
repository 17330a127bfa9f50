/**
 * Console-page benchmark (issue 7): seeds 1,000 stations and 1,000,000 sessions into a
 * throwaway database, then times each console page's data functions (median and p95 of N runs)
 * against the 300 ms budget and prints a Markdown table for BENCHMARKS.md.
 *   npm run bench:console -- --stations 1000 --sessions 1000000 --runs 10
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type postgres from 'postgres';
import { z } from 'zod';
import { createDatabaseIfMissing, dropDatabase, withDatabase } from '@/db/admin';
import { createDb, type Database } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { getAnalytics } from '@/lib/analytics/get-analytics';
import { getOverview } from '@/lib/analytics/get-overview';
import { listAlerts } from '@/lib/alerts/list-alerts';
import { decodeCursor } from '@/lib/api/cursor';
import { listAuditLog } from '@/lib/audit/list-audit-log';
import { parseEnv, postgresUrl } from '@/lib/config/parse-env';
import { listDrivers } from '@/lib/drivers/list-drivers';
import {
  ZConsoleSessionCursor,
  type TConsoleSessionCursor,
} from '@/lib/sessions/console-session-filters';
import { getSessionDetail } from '@/lib/sessions/get-session-detail';
import { listConsoleSessions } from '@/lib/sessions/list-console-sessions';
import { listSites } from '@/lib/sites/list-sites';
import { getStationDetail } from '@/lib/stations/get-station-detail';
import { getStationUptime } from '@/lib/stations/get-station-uptime';
import { listStationsPage } from '@/lib/stations/list-stations-page';
import { listUsers } from '@/lib/users/list-users';
import { preparePostgres } from '@/scripts/lib/database';
import { seedConsoleVolume } from './console-seed';

const BUDGET_MS = 300;
const { values } = parseArgs({
  options: {
    stations: { type: 'string', default: '1000' },
    drivers: { type: 'string', default: '5000' },
    sessions: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '10' },
    /** Keep the seeded database (its URL is logged) to EXPLAIN a slow query afterwards. */
    keep: { type: 'boolean', default: false },
  },
});
const args = z
  .object({
    stations: z.coerce.number().int().min(10).max(20_000),
    drivers: z.coerce.number().int().min(10).max(1_000_000),
    sessions: z.coerce.number().int().min(100).max(10_000_000),
    runs: z.coerce.number().int().min(3).max(100),
    keep: z.boolean(),
  })
  .parse(values);
const env = parseEnv(z.object({ DATABASE_URL: postgresUrl.optional() }));
const log = (line: string) => console.error(`[bench] ${line}`);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** One warm-up call (plans, caches), then `runs` timed calls one after another. */
async function time(name: string, run: () => Promise<unknown>) {
  await run();
  const samples: number[] = [];
  for (let i = 0; i < args.runs; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const result = { name, median: percentile(samples, 50), p95: percentile(samples, 95) };
  log(`${name}: median ${result.median.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms`);
  return result;
}

async function measure(db: Database, sql: postgres.Sql) {
  const now = new Date();
  const [ids] = await sql<
    { siteId: string; stationId: string; sessionId: string; userId: string; adminId: string }[]
  >`select (select id from sites order by name limit 1) as "siteId",
      (select id from stations order by identity limit 1) as "stationId",
      (select id from sessions order by transaction_id desc limit 1) as "sessionId",
      (select user_id from sessions order by transaction_id desc limit 1) as "userId",
      (select id from users where email = 'admin@bench.test') as "adminId"`;
  const { siteId, stationId, sessionId, userId, adminId } = ids!;
  const operator = { id: adminId, role: 'admin' as const };
  const from = new Date(now.getTime() - 30 * 86_400_000);
  // A cursor 100 pages (5,000 rows) deep, reached by walking the pages as a user would.
  let deep: string | null = null;
  for (let page = 0; page < 100; page++) {
    const cursor: TConsoleSessionCursor | undefined = decodeCursor(
      ZConsoleSessionCursor,
      deep ?? undefined,
    );
    const page = await listConsoleSessions(db, { cursor, limit: 50 });
    deep = page.nextCursor;
  }
  const deepCursor = decodeCursor(ZConsoleSessionCursor, deep ?? undefined);
  return [
    await time('C1 getOverview', () => getOverview(db, { now })),
    await time('C1 getAnalytics (30 days, all sites)', () => getAnalytics(db, { from, to: now })),
    await time('C1 getAnalytics (30 days, one site)', () =>
      getAnalytics(db, { from, to: now, siteId }),
    ),
    await time('C2 listStationsPage (first page)', () => listStationsPage(db, {})),
    await time('C2 listStationsPage (search "BENCH-004")', () =>
      listStationsPage(db, { q: 'BENCH-004' }),
    ),
    await time('C2 listStationsPage (status offline, vendor ABB)', () =>
      listStationsPage(db, { status: 'offline', vendor: 'ABB' }),
    ),
    await time('C2 getStationUptime (30 days)', () =>
      getStationUptime(db, { stationId, days: 30, now }),
    ),
    await time('getStationDetail', () => getStationDetail(db, stationId)),
    await time('C3 listConsoleSessions (first page)', () => listConsoleSessions(db, { limit: 50 })),
    await time('C3 listConsoleSessions (COMPLETED at one site, last 30 days)', () =>
      listConsoleSessions(db, { status: ['COMPLETED'], siteId, from, limit: 50 }),
    ),
    await time('C3 listConsoleSessions (one driver)', () =>
      listConsoleSessions(db, { userId, limit: 50 }),
    ),
    await time('C3 listConsoleSessions (page 101 via cursor)', () =>
      listConsoleSessions(db, { cursor: deepCursor, limit: 50 }),
    ),
    await time('C3 listDrivers (first page)', () => listDrivers(db, { limit: 50 })),
    await time('C3 listDrivers (search "driver42")', () =>
      listDrivers(db, { q: 'driver42', limit: 50 }),
    ),
    await time('getSessionDetail', () =>
      getSessionDetail(db, { id: sessionId, viewer: operator, now }),
    ),
    await time('C4 listSites (first page)', () => listSites(db, { limit: 25 })),
    await time('C4 listAlerts (in effect)', () => listAlerts(db, { state: 'active', limit: 25 })),
    await time('C4 listAuditLog (first page)', () => listAuditLog(db, { limit: 50 })),
    await time('C4 listAuditLog (action + actor)', () =>
      listAuditLog(db, { action: 'alert.created', actorId: adminId, limit: 50 }),
    ),
    await time('C4 listUsers (first page)', () => listUsers(db, { limit: 50 })),
    await time('C4 listUsers (operators)', () => listUsers(db, { role: 'operator', limit: 50 })),
  ];
}

const postgresServer = await preparePostgres({
  databaseUrl: env.DATABASE_URL,
  embeddedPort: 54351,
  embeddedDataDir: '.data/bench-pg',
  log,
});
const databaseUrl = withDatabase(
  postgresServer.serverUrl,
  `chargedeck_console_bench_${randomBytes(3).toString('hex')}`,
);
await createDatabaseIfMissing(databaseUrl);
await runMigrations(databaseUrl);
const handle = createDb(databaseUrl, { max: 4 });
try {
  const seedStart = performance.now();
  await seedConsoleVolume(handle.sql, args);
  log(`seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
  const results = await measure(handle.db, handle.sql);
  console.log(
    [
      `Console data functions, ${args.stations} stations, ${args.sessions} sessions, ` +
        `${args.runs} runs each (after one warm-up):`,
      '',
      '| function | median ms | p95 ms | ≤ 300 ms? |',
      '| --- | ---: | ---: | :---: |',
      ...results.map(
        (r) =>
          `| ${r.name} | ${r.median.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p95 <= BUDGET_MS ? 'yes' : '**no**'} |`,
      ),
    ].join('\n'),
  );
} finally {
  await handle.close();
  if (args.keep) log(`kept ${databaseUrl}`);
  else await dropDatabase(databaseUrl);
  await postgresServer.stop();
}
