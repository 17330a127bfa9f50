import { z } from 'zod';
import type { TSessionActionState } from '@/components/driver/session/session-action-state';
import { ApiError } from '@/lib/api/api-error';
import type { TSessionUser } from '@/lib/auth/auth-session-store';
import type { TSessionDeps } from '@/lib/sessions/dispatch-remote-start';
import { cancelChargeRequest, stopSession } from '@/lib/sessions/stop-session';

const ZSessionActionForm = z.object({
  sessionId: z.uuid(),
  intent: z.enum(['cancel', 'stop']),
  confirmed: z.literal('yes').optional(),
});

const QUESTION = {
  cancel: 'Cancel this request? The connector goes to the next driver in line.',
  stop: 'Stop charging now? You pay for the energy delivered so far.',
};

const DONE = { cancel: 'Request cancelled.', stop: 'Charging stopped.' };

/**
 * Cancels (PENDING, APPROVED) or stops (CHARGING) the signed-in driver's own session after
 * they confirmed. Server actions are public endpoints: the session and ownership are checked
 * here, in the queries' `where`, never trusted from the form.
 */
export async function runSessionAction(
  deps: TSessionDeps & { commandTimeoutMs?: number },
  user: TSessionUser | null,
  form: FormData,
): Promise<TSessionActionState> {
  if (!user) return { status: 'refused', message: 'Your sign-in ended: sign in again.' };
  const parsed = ZSessionActionForm.safeParse({
    sessionId: form.get('sessionId'),
    intent: form.get('intent'),
    confirmed: form.get('confirmed') ?? undefined,
  });
  if (!parsed.success) return { status: 'refused', message: 'Session not found.' };
  const { sessionId, intent, confirmed } = parsed.data;
  if (!confirmed) return { status: 'confirm', message: QUESTION[intent] };
  const caller = { id: user.id, role: user.role };
  try {
    if (intent === 'cancel') {
      await cancelChargeRequest(deps, { sessionId, caller, driverId: user.id });
    } else {
      await stopSession(deps, { sessionId, caller, commandTimeoutMs: deps.commandTimeoutMs });
    }
  } catch (error) {
    if (error instanceof ApiError && (error.code === 'not_found' || error.code === 'conflict')) {
      return { status: 'refused', message: `${error.message}.` };
    }
    throw error;
  }
  return { status: 'done', message: DONE[intent], sessionId };
}
