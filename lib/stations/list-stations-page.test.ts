import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { connectors, stations } from '@/db/schema';
import { decodeCursor } from '@/lib/api/cursor';
import { aSite, aStation, unique } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { ZStationCursor } from './list-stations-for-console';
import { listStationsPage } from './list-stations-page';

const { db } = useTestDb();

describe('listStationsPage', () => {
  it('searches identity, name and site name, and filters by site, vendor, firmware, version', async () => {
    const tag = unique('pg');
    const site = await aSite(db, { name: `Harbour ${tag}` });
    const a = await aStation(db, { siteId: site.id, name: `A ${tag}`, vendor: 'Alpitronic' });
    const b = await aStation(db, { name: `B ${tag}`, vendor: 'ABB' });
    await db
      .update(stations)
      .set({ firmwareVersion: `fw-${tag}`, ocppVersion: '2.0.1' })
      .where(eq(stations.id, b.id));
    const ids = async (query: Parameters<typeof listStationsPage>[1]) =>
      (await listStationsPage(db, query)).items.map((s) => s.id);

    expect(await ids({ q: tag })).toEqual([a.id, b.id]);
    expect(await ids({ q: `Harbour ${tag}` })).toEqual([a.id]);
    expect(await ids({ q: b.identity })).toEqual([b.id]);
    expect(await ids({ siteId: site.id })).toEqual([a.id]);
    expect(await ids({ q: tag, vendor: 'ABB' })).toEqual([b.id]);
    expect(await ids({ firmware: `fw-${tag}` })).toEqual([b.id]);
    expect(await ids({ q: tag, ocppVersion: '2.0.1' })).toEqual([b.id]);
    const [row] = (await listStationsPage(db, { q: a.identity })).items;
    expect(row).toMatchObject({ site: { id: site.id, name: site.name }, vendor: 'Alpitronic' });
    expect(row?.connectors.map((c) => c.connectorId)).toEqual([1, 2]);
  });

  it('filters by status; decommissioned stations only show under their own filter', async () => {
    const tag = unique('st');
    const online = await aStation(db, { name: `1 ${tag}` });
    const pending = await aStation(db, { name: `2 ${tag}`, registrationStatus: 'Pending' });
    const faulted = await aStation(db, { name: `3 ${tag}` });
    const gone = await aStation(db, { name: `4 ${tag}` });
    await db.update(stations).set({ connectionState: 'online' }).where(eq(stations.id, online.id));
    await db
      .update(connectors)
      .set({ status: 'Faulted' })
      .where(eq(connectors.stationId, faulted.id));
    await db.update(stations).set({ decommissionedAt: new Date() }).where(eq(stations.id, gone.id));
    const ids = async (status?: 'online' | 'offline' | 'pending' | 'faulted' | 'decommissioned') =>
      (await listStationsPage(db, { q: tag, status })).items.map((s) => s.id);

    expect(await ids()).toEqual([online.id, pending.id, faulted.id]);
    expect(await ids('online')).toEqual([online.id]);
    expect(await ids('offline')).toEqual([pending.id, faulted.id]);
    expect(await ids('pending')).toEqual([pending.id]);
    expect(await ids('faulted')).toEqual([faulted.id]);
    expect(await ids('decommissioned')).toEqual([gone.id]);
  });

  it('pages by keyset in name order', async () => {
    const tag = unique('page');
    const made = [];
    for (const n of [3, 1, 2]) made.push(await aStation(db, { name: `${tag} ${n}` }));
    const first = await listStationsPage(db, { q: tag, limit: 2 });
    expect(first.items.map((s) => s.name)).toEqual([`${tag} 1`, `${tag} 2`]);
    const cursor = decodeCursor(ZStationCursor, first.nextCursor ?? undefined);
    const second = await listStationsPage(db, { q: tag, limit: 2, cursor });
    expect(second.items.map((s) => s.name)).toEqual([`${tag} 3`]);
    expect(second.nextCursor).toBeNull();
    expect(made).toHaveLength(3);
  });
});
