import type { Executor } from '@/db/client';
import type { LiveEvent } from '@/lib/events/live-event';
import type { MeterValuesWriter } from '../meter-values-writer';

/** What handlers share for the whole server. */
export interface HandlerContext {
  db: Executor;
  heartbeatIntervalS: number;
  meterValues: MeterValuesWriter;
}

/** Who sent the call. */
export interface HandlerScope {
  ctx: HandlerContext;
  stationId: string;
  identity: string;
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
