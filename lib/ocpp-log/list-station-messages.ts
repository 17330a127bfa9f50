import { and, desc, eq, gte, lt, lte } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { messageDirection, ocppMessages } from '@/db/schema';
import type { TPage } from '@/lib/api/pagination';

export const ZMessageDirection = z.enum(messageDirection.enumValues);

export interface TStationMessage {
  id: number;
  direction: z.infer<typeof ZMessageDirection>;
  messageType: number | null;
  messageId: string | null;
  action: string | null;
  payload: unknown;
  raw: string | null;
  createdAt: string;
}

export interface TListStationMessagesOptions {
  stationId: string;
  action?: string;
  direction?: z.infer<typeof ZMessageDirection>;
  /** Only messages logged at or after this instant. */
  from?: Date;
  /** Only messages logged at or before this instant. */
  to?: Date;
  /** Only messages older than this id (the previous page's nextCursor). */
  before?: number;
  limit: number;
}

/** A station's OCPP frames, newest first, optionally narrowed by action, direction and time. */
export async function listStationMessages(
  db: Executor,
  options: TListStationMessagesOptions,
): Promise<TPage<TStationMessage>> {
  const rows = await db
    .select()
    .from(ocppMessages)
    .where(
      and(
        eq(ocppMessages.stationId, options.stationId),
        options.action ? eq(ocppMessages.action, options.action) : undefined,
        options.direction ? eq(ocppMessages.direction, options.direction) : undefined,
        options.from ? gte(ocppMessages.createdAt, options.from) : undefined,
        options.to ? lte(ocppMessages.createdAt, options.to) : undefined,
        options.before !== undefined ? lt(ocppMessages.id, options.before) : undefined,
      ),
    )
    .orderBy(desc(ocppMessages.id))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    items: page.map((m) => ({
      id: m.id,
      direction: m.direction,
      messageType: m.messageType,
      messageId: m.messageId,
      action: m.action,
      payload: m.payload,
      raw: m.raw,
      createdAt: m.createdAt.toISOString(),
    })),
    nextCursor: rows.length > options.limit && last ? String(last.id) : null,
  };
}
