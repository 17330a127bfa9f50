import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { stations } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { publishEvent } from '@/lib/events/publish';

/**
 * Takes a station out of service, keeping its history: it is hidden from drivers, refused at
 * the WebSocket upgrade, and told Rejected should a BootNotification still arrive on an open
 * socket. Returns false when there is no such station in service.
 */
export async function decommissionStation(
  db: Executor,
  options: { stationId: string; actorId: string | null; now?: Date },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(stations)
      .set({ decommissionedAt: options.now ?? new Date(), registrationStatus: 'Rejected' })
      .where(and(eq(stations.id, options.stationId), isNull(stations.decommissionedAt)))
      .returning({ id: stations.id, identity: stations.identity });
    if (!row) return false;
    await recordAudit(tx, {
      actorId: options.actorId,
      action: 'station.decommissioned',
      targetType: 'station',
      targetId: row.id,
      details: { identity: row.identity },
    });
    await publishEvent(tx, { type: 'station.updated', stationId: row.id });
    return true;
  });
}
