import { logFailure } from '../describe-error';
import { stopTransaction } from '../transactions';
import type { InboundHandler } from './handler';

/** Unlocking ends a running transaction first (reason UnlockCommand); the cable stays in. */
export const unlockConnector: InboundHandler<'UnlockConnector'> = (ctx, { connectorId }) => {
  const connector = ctx.connectors.get(connectorId);
  if (!connector) return { status: 'NotSupported' };
  if (ctx.options.failUnlock) return { status: 'UnlockFailed' };
  if (connector.transaction) {
    ctx.defer(() =>
      stopTransaction(ctx, connectorId, 'UnlockCommand').catch(
        logFailure(ctx, `stop on unlock of connector ${connectorId}`),
      ),
    );
  }
  return { status: 'Unlocked' };
};
