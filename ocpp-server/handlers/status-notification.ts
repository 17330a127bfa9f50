import { findFutureTimestamps } from '@/lib/anomalies/find-future-timestamps';
import { recordStatusNotification } from '@/lib/stations/record-status-notification';
import type { StatusNotificationRequest, StatusNotificationResponse } from '../ocpp16-types';
import { clockCheck } from './clock-check';
import type { ActionHandler } from './types';

export const handleStatusNotification: ActionHandler<
  StatusNotificationRequest,
  StatusNotificationResponse
> = async (scope, params) => {
  const { ctx, stationId } = scope;
  const sentAt = params.timestamp ? new Date(params.timestamp) : null;
  const target = await recordStatusNotification(ctx.db, stationId, {
    connectorId: params.connectorId,
    status: params.status,
    errorCode: params.errorCode,
    info: params.info ?? null,
    vendorErrorCode: params.vendorErrorCode ?? null,
    statusAt: sentAt ?? new Date(),
    anomalies: sentAt
      ? findFutureTimestamps(stationId, 'StatusNotification', [sentAt], clockCheck(scope))
      : [],
  });
  return {
    response: {},
    events: [
      target === 'station'
        ? { type: 'station.updated', stationId }
        : { type: 'connector.status', stationId, connectorId: params.connectorId },
    ],
  };
};
