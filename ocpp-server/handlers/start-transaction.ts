import { findFutureTimestamps } from '@/lib/anomalies/find-future-timestamps';
import type { LiveEvent } from '@/lib/events/live-event';
import { recordTransactionStart } from '@/lib/sessions/record-transaction-start';
import type { StartTransactionRequest, StartTransactionResponse } from '../ocpp16-types';
import { clockCheck } from './clock-check';
import { notAcceptedAnomaly } from './registration-gate';
import type { ActionHandler } from './types';

export const handleStartTransaction: ActionHandler<
  StartTransactionRequest,
  StartTransactionResponse
> = async (scope, params) => {
  const { ctx, stationId } = scope;
  const startedAt = new Date(params.timestamp);
  const start = await recordTransactionStart(ctx.db, {
    stationId,
    connectorId: params.connectorId,
    idTag: params.idTag,
    meterStartWh: params.meterStart,
    startedAt,
    ...(params.reservationId === undefined ? {} : { reservationId: params.reservationId }),
    anomalies: [
      ...findFutureTimestamps(stationId, 'StartTransaction', [startedAt], clockCheck(scope)),
      ...notAcceptedAnomaly(scope, 'StartTransaction'),
    ],
  });
  const session = {
    stationId,
    connectorId: params.connectorId,
    sessionId: start.sessionId,
    ...(start.userId ? { userId: start.userId } : {}),
  };
  const events: LiveEvent[] = [];
  // A replay created nothing, so there is nothing new to announce.
  if (start.created) events.push({ type: 'session.started', ...session });
  if (start.completed) events.push({ type: 'session.stopped', ...session });
  return {
    response: { idTagInfo: start.idTagInfo, transactionId: start.transactionId },
    events,
  };
};
