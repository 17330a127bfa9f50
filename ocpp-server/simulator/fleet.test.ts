import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_STATION_PASSWORD, DEMO_STATIONS } from '@/db/seed/demo-data';
import { createClock } from './clock';
import { startDemoFleet } from './demo-fleet';
import { startFleet, type Fleet } from './fleet';
import { startTestCsms, type TestCsms } from './testing/test-csms';

let csms: TestCsms;
let fleet: Fleet | undefined;

beforeEach(async () => {
  csms = await startTestCsms();
});

afterEach(async () => {
  await fleet?.stop();
  await csms.close();
});

describe('startFleet', () => {
  it('connects every station, staggered, and in demo mode drives sessions on its own', async () => {
    fleet = startFleet({
      url: csms.url,
      stations: ['A', 'B', 'C'].map((suffix) => ({
        identity: `FLEET-${suffix}`,
        connectors: [{ connectorId: 1, type: 'Type2' as const, maxPowerW: 11_000 }],
      })),
      staggerMs: 200,
      clock: createClock({ speed: 20 }),
      meterIntervalMs: 2_000,
      demo: { idTags: ['TAG-1', 'TAG-2'], pace: 0.01 },
      reconnect: false,
      seed: 7,
    });
    await fleet.ready;

    const boots = csms.callsOf('BootNotification');
    expect(boots.map((call) => call.identity)).toEqual(['FLEET-A', 'FLEET-B', 'FLEET-C']);
    expect(fleet.chargePoints.every((cp) => cp.registrationStatus === 'Accepted')).toBe(true);

    const start = await csms.waitForCall('StartTransaction', undefined, 5_000);
    expect(['TAG-1', 'TAG-2']).toContain(start.params.idTag);
    await csms.waitForCall('StopTransaction', undefined, 5_000);

    await fleet.stop();
    fleet = undefined;
    const callsAtStop = csms.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(csms.calls.length).toBe(callsAtStop);
  });

  it('brings up the demo network with its shared password', async () => {
    await csms.close();
    csms = await startTestCsms({ password: DEMO_STATION_PASSWORD });
    fleet = startDemoFleet({ url: csms.url, idle: true, staggerMs: 0, reconnect: false });
    await fleet.ready;

    expect(fleet.chargePoints.map((cp) => cp.registrationStatus)).toEqual(
      DEMO_STATIONS.map(() => 'Accepted'),
    );
    const boot = csms.callsOf('BootNotification', 'CD-BER-002')[0];
    expect(boot?.params).toMatchObject({
      chargePointVendor: 'Alpitronic',
      chargePointModel: 'HYC150',
    });
  });
});
