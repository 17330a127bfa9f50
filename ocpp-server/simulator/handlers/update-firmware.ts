import { updateFirmware as startUpdate } from '../maintenance';
import type { InboundHandler } from './handler';

/** An empty answer, then FirmwareStatusNotifications and a reboot; see maintenance.ts. */
export const updateFirmware: InboundHandler<'UpdateFirmware'> = (ctx, request) => {
  startUpdate(ctx, request);
  return {};
};
