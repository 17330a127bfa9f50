'use server';

import { revalidatePath } from 'next/cache';
import { getCurrentUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { runMarkRead } from './run-mark-read';

/** Mark one notification (`id`) or all (`all=yes`) read; the unread badge updates with it. */
export async function markReadAction(form: FormData): Promise<void> {
  const result = await runMarkRead(getDb(), await getCurrentUser(), form);
  if (result.status !== 'done') return;
  revalidatePath('/notifications');
  // The shell's unread badge lives in the driver layout.
  revalidatePath('/', 'layout');
}
