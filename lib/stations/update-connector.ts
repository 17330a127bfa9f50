import { and, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { connectors } from '@/db/schema';
import { ApiError } from '@/lib/api/api-error';
import { publishEvent } from '@/lib/events/publish';
import { getStationRef } from './get-station-ref';
import { MANAGED_CONNECTOR_COLUMNS, type TManagedConnector } from './get-managed-station';
import type { TUpdateConnectorRequest } from './station-requests';

/** Changes a connector's type or rated power; the charger's reported status is left alone. */
export async function updateConnector(
  db: Executor,
  target: { stationId: string; connectorId: number },
  changes: TUpdateConnectorRequest,
): Promise<TManagedConnector> {
  const [connector] = await db
    .update(connectors)
    .set(changes)
    .where(
      and(
        eq(connectors.stationId, target.stationId),
        eq(connectors.connectorId, target.connectorId),
      ),
    )
    .returning(MANAGED_CONNECTOR_COLUMNS);
  if (!connector) throw await connectorNotFound(db, target);
  await publishEvent(db, { type: 'station.updated', stationId: target.stationId });
  return connector;
}

/** Says which of the two is missing, so a typo in the station id is not blamed on the connector. */
async function connectorNotFound(
  db: Executor,
  target: { stationId: string; connectorId: number },
): Promise<ApiError> {
  const station = await getStationRef(db, target.stationId);
  return station
    ? new ApiError('not_found', `The station has no connector ${target.connectorId}`)
    : new ApiError('not_found', 'Station not found');
}
