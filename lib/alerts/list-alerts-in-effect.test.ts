import { describe, expect, it } from 'vitest';
import { alerts } from '@/db/schema';
import { aSite, aStation, aUser } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { aChargingSession } from '@/test/web-builders';
import { listAlertsInEffect } from './list-alerts-in-effect';

const { db } = useTestDb();
const HOUR = 3_600_000;

describe('listAlertsInEffect', () => {
  it('applies global alerts always and targeted ones to their sites, stations and the driver’s chargers', async () => {
    const site = await aSite(db);
    const station = await aStation(db, { siteId: site.id });
    const other = await aStation(db);
    const base = new Date();
    const rows = await db
      .insert(alerts)
      .values([
        { title: 'global', message: 'm', severity: 'INFO' },
        { title: 'site', message: 'm', siteIds: [site.id], severity: 'CRITICAL' },
        { title: 'station', message: 'm', stationIds: [station.id] },
        { title: 'other', message: 'm', stationIds: [other.id] },
        { title: 'later', message: 'm', effectiveAt: new Date(base.getTime() + HOUR) },
        {
          title: 'over',
          message: 'm',
          effectiveAt: new Date(base.getTime() - 2 * HOUR),
          expiresAt: base,
        },
      ])
      .returning();
    // Defaults stamp effectiveAt at insert: look just after it.
    const now = new Date();
    const ids = Object.fromEntries(rows.map((r) => [r.title, r.id]));
    const titles = async (options: Parameters<typeof listAlertsInEffect>[1]) => {
      const found = new Set((await listAlertsInEffect(db, { now, ...options })).map((a) => a.id));
      return Object.keys(ids).filter((title) => found.has(ids[title]!));
    };

    expect(await titles({})).toEqual(['global']);
    expect(await titles({ siteIds: [site.id] })).toEqual(['global', 'site']);
    // A station brings its site's alerts; most severe first.
    const forStation = await listAlertsInEffect(db, { now, stationIds: [station.id] });
    expect(forStation[0]!.id).toBe(ids.site);
    expect(await titles({ stationIds: [station.id] })).toEqual(['global', 'site', 'station']);

    const driver = await aUser(db);
    expect(await titles({ userId: driver.id })).toEqual(['global']);
    await aChargingSession(db, { stationId: other.id, userId: driver.id });
    expect(await titles({ userId: driver.id })).toEqual(['global', 'other']);
  });
});
