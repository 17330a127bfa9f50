import { recordBootNotification } from '@/lib/stations/record-boot-notification';
import type { BootNotificationRequest, BootNotificationResponse } from '../ocpp16-types';
import type { ActionHandler } from './types';

/**
 * Answers with the operator's registration decision and the heartbeat interval (for Pending
 * and Rejected the interval is the wait before the next BootNotification, OCPP 1.6 §4.2). The
 * connection remembers the answer: it is what the charger now believes. A charger that is not
 * Rejected is asked about sessions it may have abandoned across the reboot.
 */
export const handleBootNotification: ActionHandler<
  BootNotificationRequest,
  BootNotificationResponse
> = async (scope, params) => {
  const { ctx, stationId, identity } = scope;
  const status = await recordBootNotification(ctx.db, stationId, {
    vendor: params.chargePointVendor,
    model: params.chargePointModel,
    serialNumber: params.chargePointSerialNumber ?? params.chargeBoxSerialNumber ?? null,
    firmwareVersion: params.firmwareVersion ?? null,
    heartbeatIntervalS: ctx.heartbeatIntervalS,
  });
  scope.connection.registrationStatus = status;
  if (status !== 'Rejected') ctx.zombies?.check({ stationId, identity });
  return {
    response: { status, currentTime: new Date().toISOString(), interval: ctx.heartbeatIntervalS },
    events: [{ type: 'station.updated', stationId }],
  };
};
