import { recordFirmwareStatus } from '@/lib/stations/record-firmware-status';
import type {
  FirmwareStatusNotificationRequest,
  FirmwareStatusNotificationResponse,
} from '../ocpp16-types';
import type { ActionHandler } from './types';

export const handleFirmwareStatusNotification: ActionHandler<
  FirmwareStatusNotificationRequest,
  FirmwareStatusNotificationResponse
> = async ({ ctx, stationId }, params) => {
  await recordFirmwareStatus(ctx.db, stationId, params.status);
  return { response: {}, events: [{ type: 'station.updated', stationId }] };
};
