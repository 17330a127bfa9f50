import { findFutureTimestamps } from '@/lib/anomalies/find-future-timestamps';
import { recordTransactionStop } from '@/lib/sessions/record-transaction-stop';
import type { StopTransactionRequest, StopTransactionResponse } from '../ocpp16-types';
import { clockCheck } from './clock-check';
import { notAcceptedAnomaly } from './registration-gate';
import type { ActionHandler } from './types';

export const handleStopTransaction: ActionHandler<
  StopTransactionRequest,
  StopTransactionResponse
> = async (scope, params) => {
  const { ctx, stationId } = scope;
  const stoppedAt = new Date(params.timestamp);
  const transactionData = params.transactionData ?? [];
  const stop = await recordTransactionStop(ctx.db, {
    stationId,
    transactionId: params.transactionId,
    idTag: params.idTag ?? null,
    meterStopWh: params.meterStop,
    stoppedAt,
    reason: params.reason ?? null,
    transactionData,
    anomalies: [
      ...findFutureTimestamps(
        stationId,
        'StopTransaction',
        [stoppedAt, ...transactionData.map((value) => new Date(value.timestamp))],
        clockCheck(scope),
      ),
      ...notAcceptedAnomaly(scope, 'StopTransaction'),
    ],
  });
  const { stopped } = stop;
  return {
    response: stop.idTagInfo ? { idTagInfo: stop.idTagInfo } : {},
    events: stopped
      ? [
          {
            type: 'session.stopped',
            stationId,
            connectorId: stopped.connectorId,
            sessionId: stopped.sessionId,
            ...(stopped.userId ? { userId: stopped.userId } : {}),
          },
        ]
      : [],
  };
};
