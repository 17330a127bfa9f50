import type { Executor } from '@/db/client';
import { connectors } from '@/db/schema';
import { ApiError } from '@/lib/api/api-error';
import { publishEvent } from '@/lib/events/publish';
import { violatedForeignKey, violatedUniqueConstraint } from '@/db/constraint-violation';
import { MANAGED_CONNECTOR_COLUMNS, type TManagedConnector } from './get-managed-station';
import type { TCreateConnectorRequest } from './station-requests';

/**
 * Adds a connector to a station. The constraints decide: an unknown station breaks the foreign
 * key (404), a connectorId the station already has breaks the unique key (409).
 */
export async function createConnector(
  db: Executor,
  stationId: string,
  request: TCreateConnectorRequest,
): Promise<TManagedConnector> {
  const [connector] = await db
    .insert(connectors)
    .values({ ...request, stationId })
    .returning(MANAGED_CONNECTOR_COLUMNS)
    .catch((error: unknown) => {
      if (violatedForeignKey(error) === 'connectors_station_id_stations_id_fk') {
        throw new ApiError('not_found', 'Station not found');
      }
      if (violatedUniqueConstraint(error) === 'connectors_station_connector_uq') {
        throw new ApiError('conflict', `The station already has connector ${request.connectorId}`);
      }
      throw error;
    });
  if (!connector) throw new Error(`connector ${request.connectorId} was not created`);
  await publishEvent(db, { type: 'station.updated', stationId });
  return connector;
}
