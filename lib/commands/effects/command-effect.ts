import type { Executor } from '@/db/client';
import type { CommandAction } from '../command-actions';
import type { TCommandRequest } from '../command-requests';
import type { TCommandResponse } from '../command-responses';

export interface PrepareContext<A extends CommandAction> {
  db: Executor;
  stationId: string;
  request: TCommandRequest<A>;
}

export interface AnswerContext<A extends CommandAction> {
  /** The transaction that records the answer: the effect commits with it or not at all. */
  tx: Executor;
  stationId: string;
  commandId: string;
  requestedBy: string | null;
  /** The request as sent (after prepare). */
  request: TCommandRequest<A>;
  response: TCommandResponse<A>;
}

/** What a command changes in Chargedeck's own state, besides the charger's. */
export interface CommandEffect<A extends CommandAction> {
  /** Before the row is recorded: fills in what the CSMS allocates (reservation ids). */
  prepare?(context: PrepareContext<A>): Promise<TCommandRequest<A>>;
  /** When the charger has answered (also when it answered after the caller gave up). */
  onAnswer(context: AnswerContext<A>): Promise<void>;
}
