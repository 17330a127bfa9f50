import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { stations } from '@/db/schema';
import { aSite, aStation } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { listPublicChargers } from './list-public-chargers';

const { db } = useTestDb();

describe('listPublicChargers', () => {
  it('groups accepted chargers by site, without identities, and leaves out pending ones', async () => {
    const site = await aSite(db);
    const shown = await aStation(db, { siteId: site.id });
    const pending = await aStation(db, { siteId: site.id, registrationStatus: 'Pending' });
    await db.update(stations).set({ connectionState: 'online' }).where(eq(stations.id, shown.id));
    const publicSite = (await listPublicChargers(db)).find((s) => s.id === site.id);
    expect(publicSite?.stations).toEqual([
      {
        id: shown.id,
        name: shown.name,
        online: true,
        connectors: [
          { connectorId: 1, type: 'Type2', maxPowerW: 22_000, status: 'Unavailable' },
          { connectorId: 2, type: 'CCS2', maxPowerW: 150_000, status: 'Unavailable' },
        ],
      },
    ]);
    expect(JSON.stringify(publicSite)).not.toContain(shown.identity);
    expect(JSON.stringify(publicSite)).not.toContain(pending.id);
  });
});
