import { z } from 'zod';
import type { Executor } from '@/db/client';
import type { TSessionUser } from '@/lib/auth/auth-session-store';
import { markNotificationsRead } from '@/lib/notifications/mark-notifications-read';

/** One notification (`id`), or all of them (`all=yes`). */
const ZMarkReadForm = z.union([
  z.object({ id: z.uuid(), all: z.undefined() }),
  z.object({ id: z.undefined(), all: z.literal('yes') }),
]);

export type TMarkReadResult =
  { status: 'done'; updated: number } | { status: 'refused'; message: string };

/**
 * Marks the signed-in driver's notifications read. The write is scoped to their user id, so an
 * id of someone else's notification simply matches nothing.
 */
export async function runMarkRead(
  db: Executor,
  user: TSessionUser | null,
  form: FormData,
): Promise<TMarkReadResult> {
  if (!user) return { status: 'refused', message: 'Your sign-in ended: sign in again.' };
  const parsed = ZMarkReadForm.safeParse({
    id: form.get('id') ?? undefined,
    all: form.get('all') ?? undefined,
  });
  if (!parsed.success) return { status: 'refused', message: 'Choose a notification.' };
  const { updated } = await markNotificationsRead(db, {
    userId: user.id,
    ...(parsed.data.id ? { ids: [parsed.data.id] } : {}),
  });
  return { status: 'done', updated };
}
