import type { Executor } from '@/db/client';
import type { stations } from '@/db/schema';
import type { LiveEvent } from '@/lib/events/live-event';
import type { MeterValuesWriter } from '../meter-values-writer';

export type RegistrationStatus = (typeof stations.$inferSelect)['registrationStatus'];

/** What handlers share for the whole server. */
export interface HandlerContext {
  db: Executor;
  heartbeatIntervalS: number;
  meterValues: MeterValuesWriter;
  /** Charger timestamps further ahead of arrival than this are flagged (future_timestamp). */
  maxClockSkewS: number;
  /** Asks a (re)booted charger about sessions it may have abandoned (zombie-watch.ts). */
  zombies?: { check: (station: { stationId: string; identity: string }) => void };
}

/** What this socket's charger has been told about its registration (OCPP 1.6 §4.2). */
export interface ConnectionState {
  registrationStatus: RegistrationStatus;
}

/** Who sent the call. */
export interface HandlerScope {
  ctx: HandlerContext;
  stationId: string;
  identity: string;
  connection: ConnectionState;
}

/** The answer, plus events to publish once it has been sent (after the commit, never inside). */
export interface HandlerOutcome<Response> {
  response: Response;
  events?: LiveEvent[];
}

export type ActionHandler<Request, Response> = (
  scope: HandlerScope,
  params: Request,
) => Promise<HandlerOutcome<Response>>;
