import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import type { ocppMessages } from '@/db/schema';

export type NewOcppMessage = typeof ocppMessages.$inferInsert;

/**
 * Stores a batch of logged frames with one statement of fixed text and the batch as a single
 * JSON parameter (see insert-meter-samples.ts for why: at benchmark rates the query builder's
 * multi-row VALUES was the ocpp-server's main CPU cost).
 */
export async function recordOcppMessages(db: Executor, rows: NewOcppMessage[]): Promise<void> {
  if (rows.length === 0) return;
  const batch = rows.map((row) => ({
    station_id: row.stationId ?? null,
    identity: row.identity,
    direction: row.direction,
    message_type: row.messageType ?? null,
    message_id: row.messageId ?? null,
    action: row.action ?? null,
    // undefined and null both mean "no payload" (SQL NULL), as with the column insert.
    payload: row.payload ?? null,
    raw: row.raw ?? null,
    created_at: row.createdAt?.toISOString() ?? null,
  }));
  await db.execute(sql`
    insert into ocpp_messages (station_id, identity, direction, message_type, message_id,
      action, payload, raw, created_at)
    select station_id, identity, direction, message_type, message_id, action,
      nullif(payload, 'null'::jsonb), raw, coalesce(created_at, now())
    from json_to_recordset(${JSON.stringify(batch)}::json) as t(station_id uuid,
      identity text, direction message_direction, message_type integer, message_id text,
      action text, payload jsonb, raw text, created_at timestamptz)`);
}
