import type { Executor } from '@/db/client';
import { auditLog } from '@/db/schema';

export interface TAuditEntry {
  actorId: string | null;
  /** Verb-like and dotted: command.sent, tag.blocked, tariff.updated, station.registered. */
  action: string;
  targetType: string;
  targetId?: string | null;
  details?: Record<string, unknown>;
}

/** Records who did what; call it in the same transaction as the change it describes. */
export async function recordAudit(db: Executor, entry: TAuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    details: entry.details ?? {},
  });
}
