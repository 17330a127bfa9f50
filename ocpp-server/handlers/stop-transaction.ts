import { recordTransactionStop } from '@/lib/sessions/record-transaction-stop';
import type { StopTransactionRequest, StopTransactionResponse } from '../ocpp16-types';
import type { ActionHandler } from './types';

export const handleStopTransaction: ActionHandler<
  StopTransactionRequest,
  StopTransactionResponse
> = async ({ ctx, stationId }, params) => {
  const stop = await recordTransactionStop(ctx.db, {
    stationId,
    transactionId: params.transactionId,
    idTag: params.idTag ?? null,
    meterStopWh: params.meterStop,
    stoppedAt: new Date(params.timestamp),
    reason: params.reason ?? null,
    transactionData: params.transactionData ?? [],
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
