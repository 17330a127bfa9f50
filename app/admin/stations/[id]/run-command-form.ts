import { z } from 'zod';
import { confirmationFor } from '@/components/admin/commands/command-confirmations';
import { parseCommandForm } from '@/components/admin/commands/command-form-data';
import type { TCommandFormState } from '@/components/admin/commands/command-form-state';
import type { Executor } from '@/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import type { TSessionUser } from '@/lib/auth/auth-session-store';
import { hasRole } from '@/lib/auth/roles';
import { COMMAND_ACTIONS, type CommandAction } from '@/lib/commands/command-actions';
import { CommandRejectedError } from '@/lib/commands/command-rejected-error';
import type { TCommandRequest } from '@/lib/commands/command-requests';
import { sendCommand } from '@/lib/commands/send-command';
import type { EventHub } from '@/lib/events/event-hub';
import { approveStation } from '@/lib/stations/approve-station';

export interface TCommandFormDeps {
  db: Executor;
  events: EventHub;
  /** Tests shorten the wait for the charger; the console uses sendCommand's default. */
  timeoutMs?: number;
}

const ZCommandTarget = z.object({ stationId: z.uuid(), action: z.enum(COMMAND_ACTIONS) });

/** Server actions are public endpoints: every call checks the session and the role itself. */
function checkOperator(
  user: TSessionUser | null,
): { operator: TSessionUser } | { refused: TCommandFormState } {
  if (!user)
    return { refused: { status: 'refused', message: 'Your session ended: sign in again.' } };
  if (!hasRole(user.role, 'operator')) {
    return {
      refused: { status: 'refused', message: 'Forbidden (403): commands are for operators.' },
    };
  }
  return { operator: user };
}

async function send<A extends CommandAction>(
  deps: TCommandFormDeps,
  user: TSessionUser,
  target: { stationId: string; action: A; request: TCommandRequest<A> },
): Promise<TCommandFormState> {
  try {
    const outcome = await sendCommand(
      { db: deps.db, events: deps.events },
      { ...target, requestedBy: user.id, timeoutMs: deps.timeoutMs },
    );
    // The command row is committed by now; the audit entry records who sent it and how it ended.
    await recordAudit(deps.db, {
      actorId: user.id,
      action: 'command.sent',
      targetType: 'station',
      targetId: target.stationId,
      details: {
        action: target.action,
        commandId: outcome.commandId,
        result: outcome.ocppStatus ?? outcome.state,
      },
    });
    return { status: 'sent', outcome };
  } catch (error) {
    if (error instanceof CommandRejectedError) return { status: 'refused', message: error.message };
    throw error;
  }
}

/**
 * A command form from the station page: check the caller → parse the form with the command's
 * schema → ask for confirmation when destructive → send and wait for the charger's answer.
 */
export async function runCommandForm(
  deps: TCommandFormDeps,
  user: TSessionUser | null,
  form: FormData,
): Promise<TCommandFormState> {
  const access = checkOperator(user);
  if ('refused' in access) return access.refused;
  const target = ZCommandTarget.safeParse({
    stationId: form.get('stationId'),
    action: form.get('action'),
  });
  if (!target.success) return { status: 'refused', message: 'Unknown station or command.' };
  const { stationId, action } = target.data;
  const parsed = parseCommandForm(action, form);
  if (!parsed.ok) {
    return { status: 'invalid', message: parsed.message, fieldErrors: parsed.fieldErrors };
  }
  const question = confirmationFor(action, parsed.request);
  if (question && form.get('confirmed') !== 'yes') return { status: 'confirm', message: question };
  return send(deps, access.operator, { stationId, action, request: parsed.request });
}

/**
 * Accepts a Pending (or Rejected) station, then asks the charger to boot again so it hears
 * "Accepted" now rather than at its next scheduled BootNotification.
 */
export async function runApproveStation(
  deps: TCommandFormDeps,
  user: TSessionUser | null,
  form: FormData,
): Promise<TCommandFormState> {
  const access = checkOperator(user);
  if ('refused' in access) return access.refused;
  const stationId = z.uuid().safeParse(form.get('stationId'));
  if (!stationId.success || !(await approveStation(deps.db, stationId.data))) {
    return { status: 'refused', message: 'Station not found.' };
  }
  return send(deps, access.operator, {
    stationId: stationId.data,
    action: 'TriggerMessage',
    request: { requestedMessage: 'BootNotification' },
  });
}
