import { asc, desc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { commands, meterValues } from '@/db/schema';

type TCommandRow = typeof commands.$inferSelect;

/**
 * The detail returns at most this many meter samples: the most recent ones, oldest first, so a
 * chart of a long session still shows where it is now. `meterValuesTruncated` says when older
 * samples were left out.
 */
export const SESSION_METER_VALUES_CAP = 5_000;

export interface TSessionMeterValue {
  sampledAt: string;
  measurand: string;
  phase: string | null;
  unit: string | null;
  value: number;
}

export interface TSessionCommand {
  id: string;
  action: string;
  state: TCommandRow['state'];
  ocppStatus: string | null;
  createdAt: string;
  answeredAt: string | null;
}

/** The session's meter series in time order, capped (see SESSION_METER_VALUES_CAP). */
export async function listSessionMeterValues(
  db: Executor,
  sessionId: string,
): Promise<{ items: TSessionMeterValue[]; truncated: boolean }> {
  const rows = await db
    .select({
      sampledAt: meterValues.sampledAt,
      measurand: meterValues.measurand,
      phase: meterValues.phase,
      unit: meterValues.unit,
      value: meterValues.value,
    })
    .from(meterValues)
    .where(eq(meterValues.sessionId, sessionId))
    .orderBy(desc(meterValues.sampledAt), desc(meterValues.id))
    .limit(SESSION_METER_VALUES_CAP + 1);
  const kept = rows.slice(0, SESSION_METER_VALUES_CAP).reverse();
  return {
    items: kept.map((row) => ({ ...row, sampledAt: row.sampledAt.toISOString() })),
    truncated: rows.length > SESSION_METER_VALUES_CAP,
  };
}

/** The commands that acted on the session (start, stop, unlock), oldest first. */
export async function listSessionCommands(
  db: Executor,
  sessionId: string,
): Promise<TSessionCommand[]> {
  const rows = await db
    .select()
    .from(commands)
    .where(eq(commands.sessionId, sessionId))
    .orderBy(asc(commands.createdAt), asc(commands.id));
  return rows.map((row) => ({
    id: row.id,
    action: row.action,
    state: row.state,
    ocppStatus: row.ocppStatus,
    createdAt: row.createdAt.toISOString(),
    answeredAt: row.answeredAt?.toISOString() ?? null,
  }));
}
