import { logFailure } from '../describe-error';
import { stopTransaction } from '../transactions';
import type { InboundHandler } from './handler';

export const remoteStopTransaction: InboundHandler<'RemoteStopTransaction'> = (
  ctx,
  { transactionId },
) => {
  const connector = [...ctx.connectors.values()].find(
    (candidate) => candidate.transaction?.transactionId === transactionId && !candidate.busy,
  );
  if (!connector || ctx.registration !== 'Accepted') return { status: 'Rejected' };
  ctx.defer(() =>
    stopTransaction(ctx, connector.connectorId, 'Remote').catch(
      logFailure(ctx, `remote stop of transaction ${transactionId}`),
    ),
  );
  return { status: 'Accepted' };
};
