import { recordBootNotification } from '@/lib/stations/record-boot-notification';
import type { BootNotificationRequest, BootNotificationResponse } from '../ocpp16-types';
import type { ActionHandler } from './types';

export const handleBootNotification: ActionHandler<
  BootNotificationRequest,
  BootNotificationResponse
> = async ({ ctx, stationId }, params) => {
  const status = await recordBootNotification(ctx.db, stationId, {
    vendor: params.chargePointVendor,
    model: params.chargePointModel,
    serialNumber: params.chargePointSerialNumber ?? params.chargeBoxSerialNumber ?? null,
    firmwareVersion: params.firmwareVersion ?? null,
    heartbeatIntervalS: ctx.heartbeatIntervalS,
  });
  return {
    response: { status, currentTime: new Date().toISOString(), interval: ctx.heartbeatIntervalS },
    events: [{ type: 'station.updated', stationId }],
  };
};
