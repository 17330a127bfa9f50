import { eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { connectors, stations } from '@/db/schema';
import { recordAnomalies, type AnomalyInput } from '@/lib/anomalies/record-anomaly';
import { recordChargingBoundary } from '@/lib/sessions/record-charging-boundary';

type ConnectorStatus = (typeof connectors.$inferSelect)['status'];

export interface StatusNotificationInput {
  connectorId: number;
  status: ConnectorStatus;
  errorCode: string;
  info: string | null;
  vendorErrorCode: string | null;
  /** Event time: the charger's timestamp when it sent one, else arrival time. */
  statusAt: Date;
  /** Problems the caller found in the message (e.g. a future timestamp). */
  anomalies?: AnomalyInput[];
}

/**
 * Connector 0 is the charge point as a whole. Any other connector is upserted: one the
 * operator never configured is created with no type or power. A notification older than the
 * stored one (a charger flushing its queue after being offline) does not overwrite it. A
 * connector's change to or from idle marks where its session's idle time starts.
 */
export async function recordStatusNotification(
  db: Executor,
  stationId: string,
  input: StatusNotificationInput,
): Promise<'station' | 'connector'> {
  await recordAnomalies(db, input.anomalies ?? []);
  if (input.connectorId === 0) {
    await db
      .update(stations)
      .set({ status: input.status, errorCode: input.errorCode })
      .where(eq(stations.id, stationId));
    return 'station';
  }
  const fields = {
    status: input.status,
    errorCode: input.errorCode,
    info: input.info,
    vendorErrorCode: input.vendorErrorCode,
    statusAt: input.statusAt,
  };
  await db
    .insert(connectors)
    .values({ stationId, connectorId: input.connectorId, ...fields })
    .onConflictDoUpdate({
      target: [connectors.stationId, connectors.connectorId],
      set: fields,
      setWhere: or(isNull(connectors.statusAt), lte(connectors.statusAt, sql`excluded.status_at`)),
    });
  await recordChargingBoundary(db, { stationId, ...input });
  return 'connector';
}
