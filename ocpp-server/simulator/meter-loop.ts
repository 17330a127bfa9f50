import type { SimulatedConnector } from './connector';
import type { ChargePointContext } from './context';
import { logFailure } from './describe-error';
import { parseMeasurands, sampleConnector } from './meter-values';
import type { ReadingContext } from './ocpp-types';
import { setStatus } from './status';

/**
 * Sends one MeterValues for a connector, in its transaction when one is running. A Trigger
 * reading goes out even before registration, as TriggerMessage is allowed while Pending.
 * Transaction readings go through the offline queue when it is on, with their own timestamp.
 */
export function sendMeterValues(
  ctx: ChargePointContext,
  connector: SimulatedConnector,
  context: ReadingContext,
): void {
  if (ctx.registration !== 'Accepted' && context !== 'Trigger') return;
  const now = ctx.clock.now();
  connector.advance(now);
  if (connector.status === 'Charging' && connector.vehicle?.isFull) {
    setStatus(ctx, connector.connectorId, 'SuspendedEV');
  }
  const measurands = parseMeasurands(ctx.config.value('MeterValuesSampledData') ?? '') ?? [];
  const meterValue = [sampleConnector(connector, measurands, context, now)];
  const { connectorId, transaction } = connector;
  if (!transaction) {
    ctx.send('MeterValues', { connectorId, meterValue });
    return;
  }
  ctx
    .transactionCall('MeterValues', () => ({
      connectorId,
      transactionId: transaction.transactionId,
      meterValue,
    }))
    .catch(logFailure(ctx, 'MeterValues'));
}

/** Restarts every running meter loop, e.g. after MeterValueSampleInterval changed. */
export function restartMeterLoops(ctx: ChargePointContext): void {
  for (const connector of ctx.connectors.values()) {
    if (connector.transaction) startMeterLoop(ctx, connector);
  }
}

export function startMeterLoop(ctx: ChargePointContext, connector: SimulatedConnector): void {
  ctx.timers.clear(meterTimer(connector));
  if (ctx.meterIntervalMs <= 0) return;
  ctx.timers.every(
    ctx.meterIntervalMs,
    () => sendMeterValues(ctx, connector, 'Sample.Periodic'),
    meterTimer(connector),
  );
}

export function stopMeterLoop(ctx: ChargePointContext, connector: SimulatedConnector): void {
  ctx.timers.clear(meterTimer(connector));
}

function meterTimer(connector: SimulatedConnector): string {
  return `meter:${connector.connectorId}`;
}
