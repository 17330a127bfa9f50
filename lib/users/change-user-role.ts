import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { TRole } from '@/lib/auth/roles';

export type TChangeUserRoleResult = 'changed' | 'unchanged' | 'not_found' | 'own_account';

/**
 * Gives an account another role and audits the change. Nobody changes their own role: an admin
 * could otherwise lock the console out of its last admin by accident.
 */
export async function changeUserRole(
  db: Database,
  options: { actorId: string; userId: string; role: TRole },
): Promise<TChangeUserRoleResult> {
  const { actorId, userId, role } = options;
  if (actorId === userId) return 'own_account';
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ role: users.role })
      .from(users)
      .where(eq(users.id, userId))
      .for('update');
    if (!current) return 'not_found';
    if (current.role === role) return 'unchanged';
    await tx.update(users).set({ role }).where(eq(users.id, userId));
    await recordAudit(tx, {
      actorId,
      action: 'user.role_changed',
      targetType: 'user',
      targetId: userId,
      details: { from: current.role, to: role },
    });
    return 'changed';
  });
}
