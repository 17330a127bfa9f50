import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sessions } from '@/db/schema';
import { priceSessionById } from '@/lib/billing/price-session-by-id';

/**
 * Prices a stopped session to its stop with the one tariff engine and stores the result as its
 * final cost and receipt lines. Called again when a later StopTransaction reconciles the meter:
 * the cost is replaced, never added to, so nothing is billed twice.
 */
export async function finalizeSessionCost(db: Executor, sessionId: string): Promise<void> {
  const cost = await priceSessionById(db, sessionId);
  await db
    .update(sessions)
    .set({
      costMinor: cost?.total ?? null,
      currency: cost?.currency ?? null,
      costBreakdown: cost,
    })
    .where(eq(sessions.id, sessionId));
}
