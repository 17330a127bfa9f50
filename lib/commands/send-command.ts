import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { commands, stations } from '@/db/schema';
import type { EventHub } from '@/lib/events/event-hub';
import { ACTIONS_REQUIRING_ACCEPTED_STATION, type CommandAction } from './command-actions';
import { notifyCommandQueued } from './command-channel';
import { getCommandOutcome, type CommandOutcome } from './command-outcome';
import { CommandRejectedError } from './command-rejected-error';
import { ZCommandRequests, type TCommandRequest } from './command-requests';
import { prepareCommandRequest } from './effects';
import { finishCommandUnanswered } from './finish-command-unanswered';
import { waitForCommand } from './wait-for-command';

export type { CommandOutcome } from './command-outcome';
export { CommandRejectedError } from './command-rejected-error';

export const DEFAULT_COMMAND_TIMEOUT_MS = 15_000;

export interface SendCommandInput<A extends CommandAction> {
  stationId: string;
  action: A;
  request: TCommandRequest<A>;
  /** The user who asked; null for the system (load management). */
  requestedBy?: string | null;
  /** The session the command acts on (start, stop, unlock during one), for its audit trail. */
  sessionId?: string | null;
  timeoutMs?: number;
}

/**
 * Asks a charger to act and waits for its answer. The command is recorded (the audit trail)
 * and routed to the ocpp-server node holding the station's socket through a row plus NOTIFY;
 * that node sends it and announces the result. Ends in the charger's answer, 'failed' (its
 * CALLERROR), 'timeout' or 'offline' (no node holds the socket).
 *
 * Throws CommandRejectedError, before anything is recorded or sent, for an unknown station, an
 * invalid request (the audit trail holds only requests that could have been sent) and a
 * RemoteStartTransaction or ReserveNow to a station whose registration is not Accepted.
 *
 * Pass the pool, not a transaction: the node must see the committed row when the NOTIFY comes.
 */
export async function sendCommand<A extends CommandAction>(
  deps: { db: Executor; events: EventHub },
  input: SendCommandInput<A>,
): Promise<CommandOutcome> {
  const { db, events } = deps;
  const timeoutMs = input.timeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS;
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
    throw new RangeError(`timeoutMs must be a positive integer, got ${timeoutMs}`);
  }
  const parsed = ZCommandRequests[input.action].safeParse(input.request);
  if (!parsed.success) {
    throw new CommandRejectedError(
      'invalid_request',
      `Invalid ${input.action} request: ${z.prettifyError(parsed.error)}`,
      parsed.error.issues,
    );
  }
  const station = await findStation(db, input.stationId);
  if (!station) throw new CommandRejectedError('station_not_found', 'Station not found');
  if (
    ACTIONS_REQUIRING_ACCEPTED_STATION.includes(input.action) &&
    station.registrationStatus !== 'Accepted'
  ) {
    throw new CommandRejectedError(
      'station_not_accepted',
      `${input.action} needs an Accepted station; its registration is ${station.registrationStatus}`,
    );
  }
  const request = await prepareCommandRequest(db, {
    action: input.action,
    stationId: station.id,
    request: parsed.data as TCommandRequest<A>,
  });

  const row = {
    id: randomUUID(),
    stationId: station.id,
    action: input.action,
    request,
    requestedBy: input.requestedBy ?? null,
    sessionId: input.sessionId ?? null,
  };
  const nodeId = station.connectionState === 'online' ? station.nodeId : null;
  if (!nodeId) {
    await db.insert(commands).values({ ...row, state: 'offline' });
    return getCommandOutcome(db, row.id);
  }

  const wait = waitForCommand(events, row.id, timeoutMs);
  try {
    await db.insert(commands).values({
      ...row,
      state: 'queued',
      nodeId,
      expiresAt: sql`now() + ${timeoutMs} * interval '1 millisecond'`,
    });
    await notifyCommandQueued(db, { commandId: row.id, nodeId });
    if (!(await wait.completed)) await finishCommandUnanswered(db, row.id, 'timeout');
  } finally {
    wait.cancel();
  }
  return getCommandOutcome(db, row.id);
}

async function findStation(db: Executor, stationId: string) {
  if (!z.uuid().safeParse(stationId).success) return undefined;
  const [station] = await db
    .select({
      id: stations.id,
      registrationStatus: stations.registrationStatus,
      connectionState: stations.connectionState,
      nodeId: stations.nodeId,
    })
    .from(stations)
    .where(eq(stations.id, stationId));
  return station;
}
