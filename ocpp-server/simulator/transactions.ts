import { permitStart } from './authorization';
import type { ActiveTransaction, SimulatedConnector } from './connector';
import type { ChargePointContext, TransactionStoppedEvent } from './context';
import { logFailure } from './describe-error';
import { startMeterLoop, stopMeterLoop } from './meter-loop';
import { parseMeasurands, sampleConnector } from './meter-values';
import type { AuthorizationStatus, OutboundCalls, StopReason } from './ocpp-types';
import { consumeReservation } from './reservations';
import type { TChargingProfile as ChargingProfile } from '@/lib/smart-charging/charging-profile';
import { requireConnector, setStatus, settle } from './status';
import { randomVehicle, SimulatedVehicle, type VehicleSpec } from './vehicle';

export interface StartTransactionOptions {
  /** Ask the CSMS with Authorize first (a tag swipe does; a remote start may not). */
  authorize?: boolean;
  /** The vehicle, when none is plugged in yet. */
  vehicle?: VehicleSpec;
  /** A TxProfile that came with a RemoteStartTransaction; it applies to this transaction. */
  chargingProfile?: ChargingProfile;
}

export type StartTransactionResult =
  | { started: true; transactionId: number }
  | { started: false; authorization: AuthorizationStatus }
  | { started: false; reservedFor: number };

type StartResponse = OutboundCalls['StartTransaction'][1];

/**
 * A driver presents `idTag` at a connector: Authorize (unless a reservation for someone else
 * refuses it first), then StartTransaction with the energy register as meterStart, then
 * Charging with periodic MeterValues. Offline with the transaction queue on, it starts at once
 * under a provisional transactionId (minus the connector id) that the CSMS's answer replaces.
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
    const permission = await permitStart(ctx, connector, idTag, options.authorize ?? true);
    if (!permission.allowed) {
      ctx.log('info', `connector ${connectorId}: ${idTag} may not start here`);
      if (connector.status !== 'Reserved') settle(ctx, connector);
      return 'reservedFor' in permission
        ? { started: false, reservedFor: permission.reservedFor }
        : { started: false, authorization: permission.authorization };
    }
    connector.vehicle ??= new SimulatedVehicle(
      options.vehicle ?? ctx.options.vehicleFor?.(connectorId) ?? randomVehicle(ctx.random),
    );
    const startedAt = ctx.clock.now();
    const reservationId = permission.reservation?.reservationId;
    if (permission.reservation) consumeReservation(ctx, permission.reservation);
    const transaction: ActiveTransaction = {
      transactionId: -connectorId,
      idTag,
      meterStart: connector.meterWh,
      startedAt,
      ...(reservationId === undefined ? {} : { reservationId }),
    };
    const answer = ctx.transactionCall(
      'StartTransaction',
      () => ({
        connectorId,
        idTag,
        meterStart: transaction.meterStart,
        timestamp: new Date(startedAt).toISOString(),
        ...(reservationId === undefined ? {} : { reservationId }),
      }),
      (response) => (transaction.transactionId = response.transactionId),
    );
    const queuedOffline = ctx.options.queueTransactionsOffline && !ctx.isOnline();
    const response = queuedOffline ? undefined : await answer;
    if (!response) {
      answer
        .then((queued) => confirmStart(ctx, connector, transaction, queued))
        .catch(logFailure(ctx, 'queued StartTransaction'));
    }
    connector.beginTransaction(transaction, startedAt);
    if (options.chargingProfile) {
      const profile = { ...options.chargingProfile, transactionId: transaction.transactionId };
      ctx.chargingProfiles.install(connectorId, profile);
      connector.reconsider(startedAt);
    }
    ctx.events.emit('transactionStarted', { connectorId, ...transaction });
    ctx.log('info', `connector ${connectorId}: transaction ${transaction.transactionId} started`);
    if (response && (await confirmStart(ctx, connector, transaction, response))) {
      return { started: false, authorization: response.idTagInfo.status };
    }
    setStatus(ctx, connectorId, 'Charging');
    startMeterLoop(ctx, connector);
    return { started: true, transactionId: transaction.transactionId };
  } catch (error) {
    if (!connector.transaction) settle(ctx, connector);
    throw error;
  } finally {
    settleIfScheduled(ctx, connector);
  }
}

/**
 * Ends the transaction when the CSMS found the idTag invalid and StopTransactionOnInvalidId is
 * set; returns whether it did.
 */
async function confirmStart(
  ctx: ChargePointContext,
  connector: SimulatedConnector,
  transaction: ActiveTransaction,
  response: StartResponse,
): Promise<boolean> {
  const invalid = response.idTagInfo.status !== 'Accepted';
  if (!invalid || !ctx.config.flag('StopTransactionOnInvalidId')) return false;
  if (connector.transaction !== transaction) return false;
  await endTransaction(ctx, connector, 'DeAuthorized');
  return true;
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
  stopMeterLoop(ctx, connector);
  const stoppedAt = ctx.clock.now();
  const transaction = connector.endTransaction(stoppedAt);
  if (!transaction) return undefined;
  ctx.chargingProfiles.endTransaction(transaction.transactionId);
  const measurands = parseMeasurands(ctx.config.value('StopTxnSampledData') ?? '') ?? [];
  const finalSample = sampleConnector(connector, measurands, 'Transaction.End', stoppedAt);
  const meterStop = connector.meterWh;
  if (reason === 'EVDisconnected') connector.vehicle = undefined;
  // Queued before the status change, so the CSMS sees the stop first.
  const answer = ctx.transactionCall('StopTransaction', () => ({
    transactionId: transaction.transactionId,
    idTag: transaction.idTag,
    meterStop,
    timestamp: new Date(stoppedAt).toISOString(),
    reason,
    ...(finalSample.sampledValue.length > 0 ? { transactionData: [finalSample] } : {}),
  }));
  const stopped = {
    connectorId: connector.connectorId,
    transactionId: transaction.transactionId,
    meterStop,
    reason,
  };
  settle(ctx, connector);
  ctx.events.emit('transactionStopped', stopped);
  ctx.log('info', `connector ${connector.connectorId}: transaction stopped (${reason})`);
  // Offline, the stop waits in the queue; the driver does not wait for the CSMS.
  if (ctx.options.queueTransactionsOffline && !ctx.isOnline()) {
    answer.catch(logFailure(ctx, 'queued StopTransaction'));
  } else {
    await answer;
  }
  return stopped;
}

/** Releases the connector; an availability change that arrived meanwhile applies now. */
function settleIfScheduled(ctx: ChargePointContext, connector: SimulatedConnector): void {
  connector.busy = false;
  if (!connector.transaction && connector.scheduledAvailability) settle(ctx, connector);
}

function assertCanStart(ctx: ChargePointContext, connector: SimulatedConnector): void {
  const where = `${ctx.options.identity} connector ${connector.connectorId}`;
  if (ctx.registration !== 'Accepted') throw new Error(`${where}: charger is not registered`);
  if (connector.busy || connector.transaction) throw new Error(`${where}: already in use`);
  if (!['Available', 'Preparing', 'Reserved'].includes(connector.status)) {
    throw new Error(`${where}: cannot start while ${connector.status}`);
  }
}
