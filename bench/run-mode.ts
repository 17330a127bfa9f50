import { createSupervisor, typescriptEntry } from '@/scripts/lib/children';
import { waitForPort } from '@/scripts/lib/wait-for';
import { freePort } from '@/test/free-port';
import { percentileOf } from './load/histogram';
import { sliceFor, startWorkerPool, type WorkerPool } from './load/worker-pool';
import { cpuShares, cpuSnapshot, rssMb, type CpuShares } from './proc-stats';

export interface BenchOptions {
  databaseUrl: string;
  identities: string[];
  password: string;
  workers: number;
  /** Upgrades (then boots) in flight per worker. */
  concurrency: number;
  /** Offered MeterValues per second over all stations. */
  rate: number;
  seconds: number;
  saturateSeconds: number;
  /** Extra environment for the ocpp-server process (tuning knobs). */
  serverEnv: Record<string, string>;
  /** Pids of the PostgreSQL backends serving the bench database (their CPU is reported). */
  postgresPids: () => Promise<number[]>;
  log: (line: string) => void;
}

export interface LoadResult {
  offeredPerS: number;
  answeredPerS: number;
  answered: number;
  errors: number;
  p50: number;
  p99: number;
  cpu: CpuShares;
  serverUsPerMessage: number;
  postgresUsPerMessage: number;
  generatorUsPerMessage: number;
}

export interface ModeResult {
  persistence: boolean;
  connectS: number;
  chargingS: number;
  connectFailed: number;
  rssConnected: number;
  rssLoaded: number;
  rated: LoadResult;
  saturated: LoadResult;
}

async function measureLoad(
  pool: WorkerPool,
  pids: { server: number; postgres: number[] },
  seconds: number,
  intervalMs: number,
  offeredPerS: number,
): Promise<LoadResult> {
  const before = cpuSnapshot(pids.server, pids.postgres);
  const reports = await pool.ask('loaded', () => ({ type: 'load', seconds, intervalMs }));
  const after = cpuSnapshot(pids.server, pids.postgres);
  const answered = reports.reduce((sum, r) => sum + r.answered, 0);
  const inWindow = reports.reduce((sum, r) => sum + r.answeredInWindow, 0);
  const histograms = reports.map((r) => r.histogram);
  const cpu = cpuShares(
    before,
    after,
    reports.reduce((sum, r) => sum + r.cpuMs, 0),
  );
  const answeredPerS = (intervalMs > 0 ? answered : inWindow) / seconds;
  // CPU time spent per answered MeterValues, in µs (cores × 1e6 / rate).
  const perMessageUs = (cores: number) => (cores * 1e6) / answeredPerS;
  return {
    offeredPerS,
    answeredPerS,
    answered,
    errors: reports.reduce((sum, r) => sum + r.errors, 0),
    p50: percentileOf(histograms, 50),
    p99: percentileOf(histograms, 99),
    cpu,
    serverUsPerMessage: perMessageUs(cpu.server),
    postgresUsPerMessage: perMessageUs(cpu.postgres),
    generatorUsPerMessage: perMessageUs(cpu.generator),
  };
}

/**
 * One ocpp-server process (persistence on or off) and a fresh pool of load workers: connect
 * every station, boot and start a transaction on each, offer `rate` MeterValues/s for
 * `seconds`, then send back to back for `saturateSeconds` (the throughput ceiling).
 */
export async function runMode(persistence: boolean, options: BenchOptions): Promise<ModeResult> {
  const label = persistence ? 'persistence on' : 'persistence off';
  const port = await freePort();
  const supervisor = createSupervisor((name, code) => {
    options.log(`${name} exited (code ${code})`);
    process.exit(1);
  });
  const server = supervisor.start('ocpp', ...typescriptEntry('ocpp-server/index.ts'), {
    ...process.env,
    DATABASE_URL: options.databaseUrl,
    OCPP_PORT: String(port),
    OCPP_HOST: '127.0.0.1',
    OCPP_NODE_ID: 'bench',
    OCPP_PERSISTENCE: persistence ? 'on' : 'off',
    ...options.serverEnv,
  });
  const serverPid = server.pid ?? 0;
  await waitForPort(port);
  const pool = startWorkerPool(options.workers);
  try {
    const url = `ws://127.0.0.1:${port}/ocpp`;
    const connectStarted = performance.now();
    const connected = await pool.ask('connected', (index) => ({
      type: 'connect',
      url,
      identities: sliceFor(options.identities, index, pool.count),
      password: options.password,
      concurrency: options.concurrency,
    }));
    const connectS = (performance.now() - connectStarted) / 1000;
    const connectFailed = connected.reduce((sum, r) => sum + r.failed, 0);
    const rssConnected = rssMb(serverPid);
    options.log(`${label}: connected in ${connectS.toFixed(1)} s (${connectFailed} failed)`);

    const chargingStarted = performance.now();
    await pool.ask('charging', () => ({
      type: 'start-charging',
      concurrency: options.concurrency,
    }));
    const chargingS = (performance.now() - chargingStarted) / 1000;
    options.log(`${label}: booted and charging in ${chargingS.toFixed(1)} s`);

    const stations = options.identities.length;
    const intervalMs = (stations * 1000) / options.rate;
    const pids = { server: serverPid, postgres: await options.postgresPids() };
    const rated = await measureLoad(pool, pids, options.seconds, intervalMs, options.rate);
    options.log(`${label}: ${rated.answeredPerS.toFixed(0)}/s at offered ${options.rate}/s`);
    const saturated = await measureLoad(pool, pids, options.saturateSeconds, 0, 0);
    options.log(`${label}: ${saturated.answeredPerS.toFixed(0)}/s back to back`);
    const rssLoaded = rssMb(serverPid);
    return {
      persistence,
      connectS,
      chargingS,
      connectFailed,
      rssConnected,
      rssLoaded,
      rated,
      saturated,
    };
  } finally {
    await pool.close();
    await supervisor.stopAll();
  }
}
