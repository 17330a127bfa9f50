import type { SimulatedConnector } from './connector';
import type { ChargePointErrorCode, ChargePointStatus } from './ocpp-types';

export interface ConnectorSnapshot {
  connectorId: number;
  status: ChargePointStatus;
  errorCode: ChargePointErrorCode;
  plugged: boolean;
  meterWh: number;
  powerW: number;
  /** What the connector offers now: its rating capped by charging profiles. */
  offeredW: number;
  socPercent: number | undefined;
  transactionId: number | undefined;
  idTag: string | undefined;
  reservationId: number | undefined;
}

/** A connector as a test or the demo driver sees it, brought up to `now` first. */
export function snapshotOf(connector: SimulatedConnector, now: number): ConnectorSnapshot {
  connector.advance(now);
  return {
    connectorId: connector.connectorId,
    status: connector.status,
    errorCode: connector.errorCode,
    plugged: connector.plugged,
    meterWh: connector.meterWh,
    powerW: connector.powerW,
    offeredW: connector.offeredW(now),
    socPercent: connector.vehicle?.socPercent,
    transactionId: connector.transaction?.transactionId,
    idTag: connector.transaction?.idTag,
    reservationId: connector.reservation?.reservationId,
  };
}
