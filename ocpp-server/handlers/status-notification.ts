import { recordStatusNotification } from '@/lib/stations/record-status-notification';
import type { StatusNotificationRequest, StatusNotificationResponse } from '../ocpp16-types';
import type { ActionHandler } from './types';

export const handleStatusNotification: ActionHandler<
  StatusNotificationRequest,
  StatusNotificationResponse
> = async ({ ctx, stationId }, params) => {
  const target = await recordStatusNotification(ctx.db, stationId, {
    connectorId: params.connectorId,
    status: params.status,
    errorCode: params.errorCode,
    info: params.info ?? null,
    vendorErrorCode: params.vendorErrorCode ?? null,
    statusAt: params.timestamp ? new Date(params.timestamp) : new Date(),
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
