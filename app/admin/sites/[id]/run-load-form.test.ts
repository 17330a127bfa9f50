import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventHub, type EventHub } from '@/lib/events/event-hub';
import { aSite, aStation } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { aChargingSession, aForm, aSessionUser } from '@/test/web-builders';
import { runRebalance, runWhatIf } from './run-load-form';

const { db, sql } = useTestDb();
let hub: EventHub;
beforeAll(async () => {
  hub = await createEventHub(sql);
});
afterAll(() => hub.close());

const signedIn = (role: 'driver' | 'operator') => aSessionUser(db, role);

const form = aForm;

/** A site limited to 30 kW with two 22 kW stations, each with a car charging. */
async function aBusySite() {
  const site = await aSite(db, { gridLimitW: 30_000 });
  const connectors = [{ connectorId: 1, type: 'Type2' as const, maxPowerW: 22_000 }];
  for (let i = 0; i < 2; i++) {
    const station = await aStation(db, { siteId: site.id, connectors });
    await aChargingSession(db, { stationId: station.id, connectorId: 1 });
  }
  return site;
}

describe('the site page’s what-if', () => {
  it('shares a new limit across the cars charging now, sending nothing', async () => {
    const site = await aBusySite();
    const result = await runWhatIf(
      db,
      await signedIn('operator'),
      form({ siteId: site.id, gridLimitKw: '20' }),
    );
    expect(result).toMatchObject({
      status: 'done',
      allocation: { limitW: 20_000, totalAllocatedW: 20_000 },
    });
    if (result.status !== 'done') return;
    expect(result.allocation.sessions.map((s) => s.allocatedW)).toEqual([10_000, 10_000]);
  });

  it('adds the cars the operator expects, each capped at its own power', async () => {
    const site = await aBusySite();
    const result = await runWhatIf(
      db,
      await signedIn('operator'),
      form({ siteId: site.id, gridLimitKw: '40', extraCars: '2', extraCarKw: '7.4' }),
    );
    expect(result.status).toBe('done');
    if (result.status !== 'done') return;
    const shares = result.allocation.sessions.map((s) => s.allocatedW);
    // Two arrivals capped at 7.4 kW leave 25.2 kW for the two 22 kW cars.
    expect(shares).toEqual([12_600, 12_600, 7_400, 7_400]);
    expect(result.allocation.totalAllocatedW).toBeLessThanOrEqual(40_000);
  });

  it('marks a bad limit at its field and refuses drivers', async () => {
    const site = await aBusySite();
    expect(
      await runWhatIf(db, await signedIn('operator'), form({ siteId: site.id, gridLimitKw: '-5' })),
    ).toMatchObject({ status: 'invalid', fieldErrors: { gridLimitKw: expect.any(String) } });
    expect(
      await runWhatIf(db, await signedIn('driver'), form({ siteId: site.id, gridLimitKw: '20' })),
    ).toMatchObject({ status: 'refused', message: expect.stringContaining('403') });
    expect(await runRebalance({ db, events: hub }, null, form({ siteId: site.id }))).toMatchObject({
      status: 'refused',
    });
  });

  it('says a site without a limit has nothing to share', async () => {
    const site = await aSite(db);
    expect(
      await runRebalance(
        { db, events: hub },
        await signedIn('operator'),
        form({ siteId: site.id }),
      ),
    ).toEqual({ status: 'done', message: 'The site has no grid limit: nothing to share.' });
  });
});
