import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { connectionState } from './enums';
import { stations } from './stations';
import { users } from './users';

/**
 * Who did what in the console or over the API: commands, charging profiles, tags, tariffs,
 * stations, users. Written by `lib/audit/record-audit.ts` in the same transaction as the change.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    /** e.g. command.sent, tag.blocked, tariff.updated, station.registered. */
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('audit_log_created_idx').on(t.createdAt),
    index('audit_log_target_idx').on(t.targetType, t.targetId),
  ],
);

/**
 * Every change of a station's connection state, written by a database trigger on
 * stations.connection_state (whichever node or sweep changed it): the source of uptime.
 */
export const stationConnectionEvents = pgTable(
  'station_connection_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    stationId: uuid('station_id')
      .notNull()
      .references(() => stations.id, { onDelete: 'cascade' }),
    state: connectionState('state').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('station_connection_events_idx').on(t.stationId, t.at)],
);
