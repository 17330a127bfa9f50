import {
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { messageDirection } from './enums';
import { stations } from './stations';

/** Every OCPP-J frame in and out, for operators and debugging. Written in batches. */
export const ocppMessages = pgTable(
  'ocpp_messages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    stationId: uuid('station_id').references(() => stations.id, { onDelete: 'cascade' }),
    identity: text('identity').notNull(),
    direction: messageDirection('direction').notNull(),
    /** OCPP-J message type: 2 CALL, 3 CALLRESULT, 4 CALLERROR; null for an unparseable frame. */
    messageType: integer('message_type'),
    messageId: text('message_id'),
    action: text('action'),
    payload: jsonb('payload'),
    /** The raw frame, kept only when it could not be parsed as JSON. */
    raw: text('raw'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('ocpp_messages_station_idx').on(t.stationId, t.createdAt),
    index('ocpp_messages_created_idx').on(t.createdAt),
  ],
);

/** Data-quality problems found in what chargers sent (unknown transaction, meter going back, …). */
export const anomalies = pgTable(
  'anomalies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    stationId: uuid('station_id').references(() => stations.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    message: text('message').notNull(),
    details: jsonb('details'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('anomalies_station_idx').on(t.stationId, t.createdAt),
    index('anomalies_created_idx').on(t.createdAt),
  ],
);
