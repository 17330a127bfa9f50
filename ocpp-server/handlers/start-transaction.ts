import { recordTransactionStart } from '@/lib/sessions/record-transaction-start';
import type { StartTransactionRequest, StartTransactionResponse } from '../ocpp16-types';
import type { ActionHandler } from './types';

export const handleStartTransaction: ActionHandler<
  StartTransactionRequest,
  StartTransactionResponse
> = async ({ ctx, stationId }, params) => {
  const start = await recordTransactionStart(ctx.db, {
    stationId,
    connectorId: params.connectorId,
    idTag: params.idTag,
    meterStartWh: params.meterStart,
    startedAt: new Date(params.timestamp),
  });
  return {
    response: { idTagInfo: start.idTagInfo, transactionId: start.transactionId },
    // A replay created nothing, so there is nothing new to announce.
    events: start.created
      ? [
          {
            type: 'session.started',
            stationId,
            connectorId: params.connectorId,
            sessionId: start.sessionId,
            ...(start.userId ? { userId: start.userId } : {}),
          },
        ]
      : [],
  };
};
