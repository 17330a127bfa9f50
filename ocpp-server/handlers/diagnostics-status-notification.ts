import { recordDiagnosticsStatus } from '@/lib/stations/record-diagnostics-status';
import type {
  DiagnosticsStatusNotificationRequest,
  DiagnosticsStatusNotificationResponse,
} from '../ocpp16-types';
import type { ActionHandler } from './types';

export const handleDiagnosticsStatusNotification: ActionHandler<
  DiagnosticsStatusNotificationRequest,
  DiagnosticsStatusNotificationResponse
> = async ({ ctx, stationId }, params) => {
  await recordDiagnosticsStatus(ctx.db, stationId, params.status);
  return { response: {}, events: [{ type: 'station.updated', stationId }] };
};
