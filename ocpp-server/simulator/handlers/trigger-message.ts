import { logFailure } from '../describe-error';
import { bootNotification } from '../registration';
import { announceAllStatuses, announceStatus } from '../status';
import { sendMeterValues } from '../meter-loop';
import type { InboundHandler } from './handler';

/**
 * Accepted, then the requested message is actually sent, right after the answer: the current
 * status for status notifications, a fresh reading for MeterValues (one connector or all).
 */
export const triggerMessage: InboundHandler<'TriggerMessage'> = (
  ctx,
  { requestedMessage, connectorId },
) => {
  if (connectorId !== undefined && connectorId !== 0 && !ctx.connectors.has(connectorId)) {
    return { status: 'Rejected' };
  }
  const forOne = connectorId !== undefined && connectorId !== 0 ? connectorId : undefined;
  switch (requestedMessage) {
    case 'BootNotification':
      ctx.defer(() => bootNotification(ctx).catch(logFailure(ctx, 'triggered BootNotification')));
      break;
    case 'Heartbeat':
      ctx.defer(async () => ctx.send('Heartbeat', {}));
      break;
    case 'StatusNotification':
      ctx.defer(async () =>
        connectorId === undefined
          ? announceAllStatuses(ctx, true)
          : announceStatus(ctx, connectorId, true),
      );
      break;
    case 'MeterValues':
      ctx.defer(async () => {
        for (const connector of ctx.connectors.values()) {
          if (forOne === undefined || connector.connectorId === forOne) {
            sendMeterValues(ctx, connector, 'Trigger');
          }
        }
      });
      break;
    case 'FirmwareStatusNotification':
      ctx.defer(async () =>
        ctx.send('FirmwareStatusNotification', { status: ctx.maintenance.firmwareStatus }),
      );
      break;
    case 'DiagnosticsStatusNotification':
      ctx.defer(async () =>
        ctx.send('DiagnosticsStatusNotification', { status: ctx.maintenance.diagnosticsStatus }),
      );
      break;
  }
  return { status: 'Accepted' };
};
