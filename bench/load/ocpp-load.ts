import type { RPCClient } from 'ocpp-rpc';
import { createChargePointClient } from '@/ocpp-server/simulator/rpc';

export interface LoadClient {
  client: RPCClient;
  transactionId: number;
  meterWh: number;
  close: () => Promise<unknown>;
}

async function inBatches<T, R>(items: T[], size: number, run: (item: T) => Promise<R>) {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map(run))));
  }
  return results;
}

/** Connects, boots and starts one transaction per identity (50 handshakes at a time). */
export async function connectStations(options: {
  url: string;
  identities: string[];
  password: string;
}) {
  return inBatches(options.identities, 50, async (identity): Promise<LoadClient> => {
    const client = createChargePointClient({
      url: options.url,
      identity,
      password: options.password,
      reconnect: false,
      callTimeoutMs: 30_000,
      pingIntervalMs: 60_000,
    });
    await client.connect();
    await client.call('BootNotification', { chargePointVendor: 'Bench', chargePointModel: 'Load' });
    await client.call('StatusNotification', {
      connectorId: 1,
      errorCode: 'NoError',
      status: 'Preparing',
    });
    const meterWh = 1_000_000;
    const started = (await client.call('StartTransaction', {
      connectorId: 1,
      idTag: 'BENCH',
      meterStart: meterWh,
      timestamp: new Date().toISOString(),
    })) as { transactionId: number };
    return {
      client,
      transactionId: started.transactionId,
      meterWh,
      close: () => client.close({ force: true }),
    };
  });
}

/** Every station sends MeterValues every intervalMs (phases staggered) for `seconds`. */
export async function runMeterLoad(
  clients: LoadClient[],
  options: { seconds: number; intervalMs: number },
) {
  const latenciesMs: number[] = [];
  let answered = 0;
  let errors = 0;
  const deadline = performance.now() + options.seconds * 1000;
  const started = performance.now();

  await Promise.all(
    clients.map(async (station, index) => {
      await new Promise((resolve) =>
        setTimeout(resolve, (index / clients.length) * options.intervalMs),
      );
      while (performance.now() < deadline) {
        const due = performance.now() + options.intervalMs;
        station.meterWh += 30;
        const sentAt = performance.now();
        try {
          await station.client.call('MeterValues', {
            connectorId: 1,
            transactionId: station.transactionId,
            meterValue: [
              {
                timestamp: new Date().toISOString(),
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
          });
          latenciesMs.push(performance.now() - sentAt);
          answered += 1;
        } catch {
          errors += 1;
        }
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }),
  );
  return { latenciesMs, answered, errors, seconds: (performance.now() - started) / 1000 };
}
