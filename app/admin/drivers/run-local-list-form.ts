import { z } from 'zod';
import type { TLocalListFormState } from '@/components/admin/drivers/driver-form-state';
import type { Executor } from '@/db/client';
import type { TSessionUser } from '@/lib/auth/auth-session-store';
import type { EventHub } from '@/lib/events/event-hub';
import { pushLocalList } from '@/lib/local-list/push-local-list';
import { resolveLocalListTargets } from '@/lib/local-list/resolve-local-list-targets';
import { operatorRefusal } from './operator-check';

const ZLocalListForm = z.object({
  target: z.string().transform((value, ctx) => {
    const [kind, id] = value.split(':');
    const parsed = z
      .object({ kind: z.enum(['station', 'site']), id: z.uuid() })
      .safeParse({ kind, id });
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: 'Choose a station or a site' });
      return z.NEVER;
    }
    return parsed.data;
  }),
  updateType: z.enum(['Full', 'Differential']),
});

/** Pushes the local authorization list to one station or every station of a site. */
export async function runPushLocalList(
  deps: { db: Executor; events: EventHub; timeoutMs?: number },
  user: TSessionUser | null,
  form: FormData,
): Promise<TLocalListFormState> {
  const refused = operatorRefusal(user);
  if (refused || !user) return refused!;
  const parsed = ZLocalListForm.safeParse({
    target: form.get('target') ?? '',
    updateType: form.get('updateType'),
  });
  if (!parsed.success) {
    return { status: 'refused', message: 'Choose a station or a site, and Full or Differential.' };
  }
  const stationIds = await resolveLocalListTargets(deps.db, parsed.data.target);
  if (stationIds.length === 0) return { status: 'refused', message: 'No stations to send to.' };
  const results = await pushLocalList(deps, {
    stationIds,
    updateType: parsed.data.updateType,
    requestedBy: user.id,
    timeoutMs: deps.timeoutMs,
  });
  return { status: 'sent', results };
}
