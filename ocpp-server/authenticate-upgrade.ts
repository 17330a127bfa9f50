import type { IHandshakeInterface } from 'ocpp-rpc/lib/server-client';
import { randomUUID } from 'node:crypto';
import type { Executor } from '@/db/client';
import { authenticateStation } from '@/lib/stations/authenticate-station';
import type { OcppLogger } from './logger';

export const OCPP_ENDPOINT = '/ocpp';
export const OCPP_PROTOCOL = 'ocpp1.6';

/** What a connection carries from the upgrade on (ocpp-rpc's client.session). */
export interface ConnectionSession {
  stationId: string;
  identity: string;
  /** Fresh per socket, so a late close of a replaced socket can be told apart. */
  connectionId: string;
}

type Accept = (session?: Record<string, unknown>, protocol?: string | false) => void;
type Reject = (code: number, message: string) => void;

/**
 * Decides every WebSocket upgrade before it completes: only ws://host/ocpp/{identity}, only
 * clients offering ocpp1.6 (ocpp-rpc would otherwise accept a client with no common
 * subprotocol), and only a registered station with its password (security profile 1).
 */
export function createUpgradeAuthenticator(db: Executor, logger: OcppLogger) {
  return async (accept: Accept, reject: Reject, handshake: IHandshakeInterface) => {
    if (handshake.endpoint !== OCPP_ENDPOINT || handshake.identity === '') {
      return reject(404, 'Not found');
    }
    if (!handshake.protocols.has(OCPP_PROTOCOL)) {
      return reject(400, `Subprotocol ${OCPP_PROTOCOL} required`);
    }
    try {
      const station = await authenticateStation(db, handshake.identity, handshake.password);
      if (!station) return reject(401, 'Unauthorized');
      const session: ConnectionSession = { ...station, connectionId: randomUUID() };
      accept({ ...session }, OCPP_PROTOCOL);
    } catch (error) {
      logger.error(`authenticating ${handshake.identity} failed`, error);
      reject(503, 'Service unavailable');
    }
  };
}
