import type { Executor } from '@/db/client';
import { alerts } from '@/db/schema';
import type { TCreateAlertRequest } from './alert-requests';
import { toOperatorAlert, type TOperatorAlert } from './alert';
import { checkAlertTargets } from './check-alert-targets';

/** Records an operator's alert; it shows from effectiveAt (default now) until expiresAt. */
export async function createAlert(
  db: Executor,
  options: { createdBy: string | null; input: TCreateAlertRequest },
): Promise<TOperatorAlert> {
  const { input } = options;
  await checkAlertTargets(db, input);
  const [row] = await db
    .insert(alerts)
    .values({
      title: input.title,
      message: input.message,
      severity: input.severity ?? 'INFO',
      effectiveAt: input.effectiveAt ?? new Date(),
      expiresAt: input.expiresAt ?? null,
      siteIds: input.siteIds ?? [],
      stationIds: input.stationIds ?? [],
      createdBy: options.createdBy,
    })
    .returning();
  return toOperatorAlert(row!);
}
