import { z } from 'zod';
import type { TRemoteStopState } from '@/components/admin/sessions/remote-stop-state';
import { ApiError } from '@/lib/api/api-error';
import { recordAudit } from '@/lib/audit/record-audit';
import type { TSessionUser } from '@/lib/auth/auth-session-store';
import { hasRole } from '@/lib/auth/roles';
import type { TSessionDeps } from '@/lib/sessions/dispatch-remote-start';
import { stopSession } from '@/lib/sessions/stop-session';

const ZRemoteStopForm = z.object({
  sessionId: z.uuid(),
  confirmed: z.literal('yes').optional(),
});

/**
 * An operator stops (or cancels, when not yet charging) any session, after confirming. Server
 * actions are public endpoints: the caller's role is checked here, never trusted from the page.
 */
export async function runRemoteStop(
  deps: TSessionDeps & { commandTimeoutMs?: number | undefined },
  user: TSessionUser | null,
  form: FormData,
): Promise<TRemoteStopState> {
  if (!user) return { status: 'refused', message: 'Your session ended: sign in again.' };
  if (!hasRole(user.role, 'operator')) {
    return { status: 'refused', message: 'Forbidden (403): remote stop is for operators.' };
  }
  const parsed = ZRemoteStopForm.safeParse({
    sessionId: form.get('sessionId'),
    confirmed: form.get('confirmed') ?? undefined,
  });
  if (!parsed.success) return { status: 'refused', message: 'Session not found.' };
  const { sessionId, confirmed } = parsed.data;
  if (!confirmed) {
    return {
      status: 'confirm',
      message: 'Stop this session now? The driver is billed for the energy delivered so far.',
    };
  }
  const caller = { id: user.id, role: user.role };
  try {
    const { outcome } = await stopSession(deps, {
      sessionId,
      caller,
      commandTimeoutMs: deps.commandTimeoutMs,
    });
    // stopSession commits on its own; the audit row follows it (a failed stop records nothing).
    await recordAudit(deps.db, {
      actorId: user.id,
      action: 'session.stopped',
      targetType: 'session',
      targetId: sessionId,
      details: outcome
        ? { commandId: outcome.commandId, state: outcome.state, ocppStatus: outcome.ocppStatus }
        : { cancelled: true },
    });
    if (!outcome) return { status: 'done', message: 'The request was cancelled.' };
    const answer = outcome.ocppStatus ?? outcome.state;
    return { status: 'done', message: `Session stopped (charger answered: ${answer}).` };
  } catch (error) {
    if (error instanceof ApiError && (error.code === 'not_found' || error.code === 'conflict')) {
      return { status: 'refused', message: `${error.message}.` };
    }
    throw error;
  }
}
