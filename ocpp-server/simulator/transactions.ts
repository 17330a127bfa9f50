import type { SimulatedConnector } from './connector';
import type { ChargePointContext, TransactionStoppedEvent } from './context';
import { parseMeasurands, sampleConnector } from './meter-values';
import type { AuthorizationStatus, ReadingContext, StopReason } from './ocpp-types';
import { requireConnector, setStatus, settle } from './status';
import { randomVehicle, SimulatedVehicle, type VehicleSpec } from './vehicle';

export interface StartTransactionOptions {
  /** Ask the CSMS with Authorize first (a tag swipe does; a remote start may not). */
  authorize?: boolean;
  /** The vehicle, when none is plugged in yet. */
  vehicle?: VehicleSpec;
}

export type StartTransactionResult =
  { started: true; transactionId: number } | { started: false; authorization: AuthorizationStatus };

/**
 * A driver presents `idTag` at a connector: Authorize, then StartTransaction with the energy
 * register as meterStart, then Charging with periodic MeterValues.
 */
export async function startTransaction(
  ctx: ChargePointContext,
  connectorId: number,
  idTag: string,
  options: StartTransactionOptions = {},
): Promise<StartTransactionResult> {
  const connector = requireConnector(ctx, connectorId);
  assertCanStart(ctx, connector);
  connector.busy = true;
  try {
    if (connector.status === 'Available') setStatus(ctx, connectorId, 'Preparing');
    if (options.authorize ?? true) {
      const { idTagInfo } = await ctx.call('Authorize', { idTag });
      if (idTagInfo.status !== 'Accepted') {
        ctx.log('info', `connector ${connectorId}: ${idTag} not authorized (${idTagInfo.status})`);
        settle(ctx, connector);
        return { started: false, authorization: idTagInfo.status };
      }
    }
    connector.vehicle ??= new SimulatedVehicle(
      options.vehicle ?? ctx.options.vehicleFor?.(connectorId) ?? randomVehicle(ctx.random),
    );
    const startedAt = ctx.clock.now();
    const meterStart = connector.meterWh;
    const { transactionId, idTagInfo } = await ctx.call('StartTransaction', {
      connectorId,
      idTag,
      meterStart,
      timestamp: new Date(startedAt).toISOString(),
    });
    connector.beginTransaction({ transactionId, idTag, meterStart, startedAt }, startedAt);
    ctx.events.emit('transactionStarted', { connectorId, transactionId, idTag, meterStart });
    ctx.log('info', `connector ${connectorId}: transaction ${transactionId} started for ${idTag}`);
    if (idTagInfo.status !== 'Accepted' && ctx.config.flag('StopTransactionOnInvalidId')) {
      await endTransaction(ctx, connector, 'DeAuthorized');
      return { started: false, authorization: idTagInfo.status };
    }
    setStatus(ctx, connectorId, 'Charging');
    startMeterLoop(ctx, connector);
    return { started: true, transactionId };
  } catch (error) {
    if (!connector.transaction) settle(ctx, connector);
    throw error;
  } finally {
    settleIfScheduled(ctx, connector);
  }
}

/** Ends the running transaction with a StopTransaction that carries a final meter sample. */
export async function stopTransaction(
  ctx: ChargePointContext,
  connectorId: number,
  reason: StopReason = 'Local',
): Promise<TransactionStoppedEvent | undefined> {
  const connector = requireConnector(ctx, connectorId);
  if (!connector.transaction || connector.busy) return undefined;
  connector.busy = true;
  try {
    return await endTransaction(ctx, connector, reason);
  } finally {
    settleIfScheduled(ctx, connector);
  }
}

async function endTransaction(
  ctx: ChargePointContext,
  connector: SimulatedConnector,
  reason: StopReason,
): Promise<TransactionStoppedEvent | undefined> {
  ctx.timers.clear(meterTimer(connector));
  const stoppedAt = ctx.clock.now();
  const transaction = connector.endTransaction(stoppedAt);
  if (!transaction) return undefined;
  const measurands = parseMeasurands(ctx.config.value('StopTxnSampledData') ?? '') ?? [];
  const finalSample = sampleConnector(connector, measurands, 'Transaction.End', stoppedAt);
  const stopped = {
    connectorId: connector.connectorId,
    transactionId: transaction.transactionId,
    meterStop: connector.meterWh,
    reason,
  };
  if (reason === 'EVDisconnected') connector.vehicle = undefined;
  // Queued before the status change, so the CSMS sees the stop first.
  const answer = ctx.call('StopTransaction', {
    transactionId: stopped.transactionId,
    idTag: transaction.idTag,
    meterStop: stopped.meterStop,
    timestamp: new Date(stoppedAt).toISOString(),
    reason,
    ...(finalSample.sampledValue.length > 0 ? { transactionData: [finalSample] } : {}),
  });
  settle(ctx, connector);
  ctx.events.emit('transactionStopped', stopped);
  ctx.log(
    'info',
    `connector ${connector.connectorId}: transaction ${stopped.transactionId} stopped (${reason})`,
  );
  await answer;
  return stopped;
}

/**
 * Sends one MeterValues for a connector, in its transaction when one is running. A Trigger
 * reading goes out even before registration, as TriggerMessage is allowed while Pending.
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
  const transactionId = connector.transaction?.transactionId;
  ctx.send('MeterValues', {
    connectorId: connector.connectorId,
    ...(transactionId === undefined ? {} : { transactionId }),
    meterValue: [sampleConnector(connector, measurands, context, now)],
  });
}

/** Restarts every running meter loop, e.g. after MeterValueSampleInterval changed. */
export function restartMeterLoops(ctx: ChargePointContext): void {
  for (const connector of ctx.connectors.values()) {
    if (connector.transaction) startMeterLoop(ctx, connector);
  }
}

function startMeterLoop(ctx: ChargePointContext, connector: SimulatedConnector): void {
  ctx.timers.clear(meterTimer(connector));
  if (ctx.meterIntervalMs <= 0) return;
  ctx.timers.every(
    ctx.meterIntervalMs,
    () => sendMeterValues(ctx, connector, 'Sample.Periodic'),
    meterTimer(connector),
  );
}

/** Releases the connector; an availability change that arrived meanwhile applies now. */
function settleIfScheduled(ctx: ChargePointContext, connector: SimulatedConnector): void {
  connector.busy = false;
  if (!connector.transaction && connector.scheduledAvailability) settle(ctx, connector);
}

function meterTimer(connector: SimulatedConnector): string {
  return `meter:${connector.connectorId}`;
}

function assertCanStart(ctx: ChargePointContext, connector: SimulatedConnector): void {
  const where = `${ctx.options.identity} connector ${connector.connectorId}`;
  if (ctx.registration !== 'Accepted') throw new Error(`${where}: charger is not registered`);
  if (connector.busy || connector.transaction) throw new Error(`${where}: already in use`);
  if (connector.status !== 'Available' && connector.status !== 'Preparing') {
    throw new Error(`${where}: cannot start while ${connector.status}`);
  }
}
