import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { alerts } from '@/db/schema';
import { ApiError } from '@/lib/api/api-error';
import type { TUpdateAlertRequest } from './alert-requests';
import { toOperatorAlert, type TOperatorAlert } from './alert';
import { checkAlertTargets } from './check-alert-targets';

/**
 * Changes the given fields of an alert; null when there is none with this id. expiresAt must
 * stay after effectiveAt as they end up (422 on expiresAt otherwise).
 */
export async function updateAlert(
  db: Database,
  options: { id: string; input: TUpdateAlertRequest },
): Promise<TOperatorAlert | null> {
  const { id, input } = options;
  await checkAlertTargets(db, input);
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(alerts).where(eq(alerts.id, id)).for('update');
    if (!current) return null;
    const effectiveAt = input.effectiveAt ?? current.effectiveAt;
    const expiresAt = input.expiresAt === undefined ? current.expiresAt : input.expiresAt;
    if (expiresAt && expiresAt <= effectiveAt) {
      throw new ApiError('validation_failed', 'Invalid request body', [
        { path: 'expiresAt', message: 'must be after effectiveAt' },
      ]);
    }
    const [row] = await tx.update(alerts).set(input).where(eq(alerts.id, id)).returning();
    return toOperatorAlert(row!);
  });
}
