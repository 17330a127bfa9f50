import type postgres from 'postgres';
import type { Database } from '@/db/client';
import { claimCommand, type ClaimedCommand } from '@/lib/commands/claim-command';
import { COMMANDS_CHANNEL, parseCommandNotice } from '@/lib/commands/command-channel';
import { finishCommandUnanswered } from '@/lib/commands/finish-command-unanswered';
import { recordCommandAnswer } from '@/lib/commands/record-command-answer';
import { recordCommandError } from '@/lib/commands/record-command-error';
import { expireNodeCommands, listQueuedNodeCommands } from '@/lib/commands/sweep-node-commands';
import type { LiveEvent } from '@/lib/events/live-event';
import type { ConnectionSession } from './authenticate-upgrade';
import { callCharger, deadline, type CallResult } from './command-call';
import type { ConnectionRegistry } from './connection-registry';
import type { OcppLogger } from './logger';

export interface CommandExecutorOptions {
  db: Database;
  /** Its LISTEN takes a dedicated connection of this client. */
  sql: postgres.Sql;
  nodeId: string;
  registry: ConnectionRegistry;
  publish: (event: LiveEvent) => void;
  logger: OcppLogger;
  /** How often queued commands whose NOTIFY was missed are picked up and overdue ones expired. */
  sweepIntervalMs: number;
  /** How long past the caller's deadline a call still waits, to record a late answer. */
  lateAnswerGraceMs?: number;
}

export interface CommandExecutor {
  close: () => Promise<void>;
}

const DEFAULT_LATE_ANSWER_GRACE_MS = 5_000;

/**
 * Executes the commands routed to this node: each arrives by NOTIFY (and, should that be
 * missed while the LISTEN connection was down, by the sweep run at every (re)LISTEN and every
 * `sweepIntervalMs`). A command is claimed once, sent on this node's socket for the station,
 * and its result written and announced as `command.completed`.
 */
export async function startCommandExecutor(
  options: CommandExecutorOptions,
): Promise<CommandExecutor> {
  const { db, nodeId, registry, logger } = options;
  const lateAnswerGraceMs = options.lateAnswerGraceMs ?? DEFAULT_LATE_ANSWER_GRACE_MS;
  const running = new Set<Promise<void>>();
  let closed = false;

  function track(work: Promise<void>) {
    const tracked = work
      .catch((error: unknown) => logger.error('executing a command failed', error))
      .finally(() => running.delete(tracked));
    running.add(tracked);
  }

  const completed = (commandId: string, stationId: string) =>
    options.publish({ type: 'command.completed', stationId, commandId });

  async function execute(commandId: string) {
    const command = await claimCommand(db, { commandId, nodeId });
    if (!command) return;
    const client = registry.get(command.identity);
    if (!client || (client.session as ConnectionSession).stationId !== command.stationId) {
      await finishCommandUnanswered(db, command.id, 'offline');
      completed(command.id, command.stationId);
      return;
    }
    const call = callCharger(client, command, lateAnswerGraceMs);
    const timer = deadline<CallResult>(command.remainingMs, { kind: 'timeout' });
    const first = await Promise.race([call, timer.reached]);
    timer.cancel();
    await record(command, first);
    completed(command.id, command.stationId);
    if (first.kind !== 'timeout') return;
    const late = await call;
    if (late.kind === 'answer' || late.kind === 'error') {
      await record(command, late);
      completed(command.id, command.stationId);
    }
  }

  async function record(command: ClaimedCommand, result: CallResult) {
    if (result.kind === 'answer') {
      await recordCommandAnswer(db, { commandId: command.id, ...result });
    } else if (result.kind === 'error') {
      await recordCommandError(db, { commandId: command.id, ...result });
    } else {
      await finishCommandUnanswered(db, command.id, result.kind);
    }
  }

  let sweeping: Promise<void> | undefined;
  function sweep() {
    if (closed) return;
    sweeping ??= (async () => {
      const expired = await expireNodeCommands(db, nodeId);
      expired.forEach(({ id, stationId }) => completed(id, stationId));
      for (const commandId of await listQueuedNodeCommands(db, nodeId)) track(execute(commandId));
    })()
      .catch((error: unknown) => logger.error('sweeping commands failed', error))
      .finally(() => {
        sweeping = undefined;
      });
  }

  const listener = await options.sql.listen(
    COMMANDS_CHANNEL,
    (payload) => {
      const notice = parseCommandNotice(payload);
      if (notice?.nodeId === nodeId && !closed) track(execute(notice.commandId));
    },
    // Also after a reconnect of the LISTEN connection: NOTIFYs sent meanwhile are lost.
    sweep,
  );
  const timer = setInterval(sweep, options.sweepIntervalMs);
  timer.unref();

  return {
    /** Stops taking commands and waits for those in flight (close the sockets first). */
    async close() {
      closed = true;
      clearInterval(timer);
      await listener.unlisten();
      await sweeping;
      while (running.size > 0) await Promise.all(running);
    },
  };
}
