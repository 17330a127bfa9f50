import { test as base, expect, type Page } from '@playwright/test';
import { RPCClient } from 'ocpp-rpc';
import { createDb, type Database } from '@/db/client';
import { SimulatedChargePoint, type SimulatorOptions } from '@/ocpp-server/simulator';

function required(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(
      `${name} is not set: run the specs through playwright.config.ts (global setup)`,
    );
  return value;
}

type TChargePointOptions = ConstructorParameters<typeof RPCClient>[0];

interface TWorkerFixtures {
  db: Database;
}

interface TTestFixtures {
  /** Opens a real OCPP 1.6J connection (ocpp-rpc, strict mode) for a station; closed after the test. */
  connectChargePoint: (station: { identity: string; password: string }) => Promise<RPCClient>;
  /**
   * Boots the real simulated charger (the one the demo fleet runs) for a station, against the
   * in-process OCPP server; closed after the test.
   */
  simulateCharger: (
    station: { identity: string; password: string },
    options?: Partial<SimulatorOptions>,
  ) => Promise<SimulatedChargePoint>;
}

export const test = base.extend<TTestFixtures, TWorkerFixtures>({
  baseURL: async ({}, use) => use(required('E2E_BASE_URL')),
  db: [
    async ({}, use) => {
      const handle = createDb(required('E2E_DATABASE_URL'), { max: 2 });
      await use(handle.db);
      await handle.close();
    },
    { scope: 'worker' },
  ],
  connectChargePoint: async ({}, use) => {
    const clients: RPCClient[] = [];
    await use(async (station) => {
      const client = new RPCClient({
        endpoint: required('E2E_OCPP_URL'),
        identity: station.identity,
        password: station.password,
        protocols: ['ocpp1.6'],
        strictMode: true,
        reconnect: false,
      } as TChargePointOptions);
      await client.connect();
      clients.push(client);
      return client;
    });
    await Promise.all(clients.map((c) => c.close({ force: true })));
  },
  simulateCharger: async ({}, use) => {
    const chargers: SimulatedChargePoint[] = [];
    await use(async (station, options = {}) => {
      const charger = new SimulatedChargePoint({
        url: required('E2E_OCPP_URL'),
        identity: station.identity,
        password: station.password,
        connectors: [{ connectorId: 1, type: 'Type2', maxPowerW: 22_000 }],
        reconnect: false,
        ...options,
      });
      chargers.push(charger);
      await charger.connect();
      return charger;
    });
    await Promise.all(chargers.map((c) => c.close()));
  },
});

export { expect };

export async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
