/**
 * One load-generator process (forked by bench/load/worker-pool.ts): holds its share of the
 * stations' sockets and runs the phases the benchmark asks for, answering each command with
 * one report (counts, latency histogram, its own CPU time).
 */
import { createHistogram } from './histogram';
import { ZWorkerCommand, type WorkerCommand, type WorkerReport } from './protocol';
import { connectRawOcppClient, type RawOcppClient } from './raw-ocpp-client';

interface Station {
  identity: string;
  client: RawOcppClient;
  transactionId: number;
  meterWh: number;
  /** Last sample time sent: samples of one station must differ (replays are deduplicated). */
  lastSampleMs: number;
}

const CALL_TIMEOUT_MS = 60_000;
const stations: Station[] = [];
const send = (report: WorkerReport) => process.send?.(report);
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/** Runs `task` for every item with at most `limit` in flight; counts the failures. */
async function forEachLimited<T>(items: T[], limit: number, task: (item: T) => Promise<void>) {
  let next = 0;
  let failed = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item).catch(() => (failed += 1));
    }
  });
  await Promise.all(lanes);
  return failed;
}

async function connect(command: Extract<WorkerCommand, { type: 'connect' }>) {
  const cpu = process.cpuUsage();
  const failed = await forEachLimited(command.identities, command.concurrency, async (identity) => {
    const client = await connectRawOcppClient({
      url: command.url,
      identity,
      password: command.password,
      callTimeoutMs: CALL_TIMEOUT_MS,
    });
    stations.push({ identity, client, transactionId: 0, meterWh: 1_000_000, lastSampleMs: 0 });
  });
  send({ type: 'connected', connected: stations.length, failed, cpuMs: cpuMs(cpu) });
}

async function startCharging(concurrency: number) {
  const cpu = process.cpuUsage();
  const failed = await forEachLimited(stations, concurrency, async (station) => {
    await station.client.call('BootNotification', {
      chargePointVendor: 'Chargedeck',
      chargePointModel: 'Bench',
    });
    await station.client.call('StatusNotification', {
      connectorId: 1,
      errorCode: 'NoError',
      status: 'Preparing',
    });
    const started = (await station.client.call('StartTransaction', {
      connectorId: 1,
      idTag: 'BENCH',
      meterStart: station.meterWh,
      timestamp: new Date().toISOString(),
    })) as { transactionId: number };
    station.transactionId = started.transactionId;
  });
  send({ type: 'charging', charging: stations.length - failed, failed, cpuMs: cpuMs(cpu) });
}

function meterValues(station: Station) {
  station.meterWh += 30;
  station.lastSampleMs = Math.max(Date.now(), station.lastSampleMs + 1);
  return {
    connectorId: 1,
    transactionId: station.transactionId,
    meterValue: [
      {
        timestamp: new Date(station.lastSampleMs).toISOString(),
        sampledValue: [
          {
            value: String(station.meterWh),
            measurand: 'Energy.Active.Import.Register',
            unit: 'Wh',
          },
          { value: '110000', measurand: 'Power.Active.Import', unit: 'W' },
        ],
      },
    ],
  };
}

/**
 * Every station sends one MeterValues per interval (phases spread over it), or back to back,
 * for exactly `seconds` from its own start. So at a rate the server keeps up with, answered
 * / seconds is the offered rate; answers that arrive after a station's window still count
 * (their lateness is in the latency), but not for the back-to-back throughput.
 */
async function load(seconds: number, intervalMs: number) {
  const cpu = process.cpuUsage();
  const histogram = createHistogram();
  let answered = 0;
  let answeredInWindow = 0;
  let errors = 0;
  const started = performance.now();
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  await Promise.all(
    stations.map(async (station, index) => {
      const offsetMs = (index / stations.length) * intervalMs;
      if (offsetMs > 0) await sleep(offsetMs);
      // Each station sends for exactly `seconds`, so the offered rate holds for all of them.
      const deadline = started + offsetMs + seconds * 1000;
      // A fixed count at a rate (timers may fire a hair early); a server that lags sends fewer.
      const count = intervalMs > 0 ? Math.round((seconds * 1000) / intervalMs) : Infinity;
      for (let sent = 0; sent < count && performance.now() < deadline; sent += 1) {
        const sentAt = performance.now();
        try {
          await station.client.call('MeterValues', meterValues(station));
          const answeredAt = performance.now();
          histogram.record(answeredAt - sentAt);
          answered += 1;
          if (answeredAt <= deadline) answeredInWindow += 1;
        } catch {
          errors += 1;
        }
        const wait = sentAt + intervalMs - performance.now();
        if (wait > 0) await sleep(wait);
      }
    }),
  );
  send({
    type: 'loaded',
    answered,
    answeredInWindow,
    errors,
    histogram: histogram.toSparse(),
    cpuMs: cpuMs(cpu),
  });
}

process.on('message', (message: unknown) => {
  const command = ZWorkerCommand.parse(message);
  const run = async () => {
    if (command.type === 'connect') return connect(command);
    if (command.type === 'start-charging') return startCharging(command.concurrency);
    if (command.type === 'load') return load(command.seconds, command.intervalMs);
    for (const station of stations) station.client.close();
    send({ type: 'closed' });
    process.disconnect();
  };
  run().catch((error: unknown) => send({ type: 'failed', message: String(error) }));
});
