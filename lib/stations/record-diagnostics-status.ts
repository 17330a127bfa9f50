import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { stations } from '@/db/schema';

/** Progress of a diagnostics upload the operator requested (DiagnosticsStatusNotification). */
export async function recordDiagnosticsStatus(
  db: Executor,
  stationId: string,
  status: string,
): Promise<void> {
  await db.update(stations).set({ diagnosticsStatus: status }).where(eq(stations.id, stationId));
}
