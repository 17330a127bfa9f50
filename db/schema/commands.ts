import { relations, sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { commandState } from './enums';
import { sessions } from './sessions';
import { stations } from './stations';
import { users } from './users';

/**
 * CSMS → charge point calls. The row is the work item routed to the ocpp-server node holding
 * the station's socket, and stays as the audit trail.
 */
export const commands = pgTable(
  'commands',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    stationId: uuid('station_id')
      .notNull()
      .references(() => stations.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    request: jsonb('request').notNull(),
    state: commandState('state').notNull().default('queued'),
    /** The charger's own status field (Accepted, Rejected, Unlocked, …) when it answered. */
    ocppStatus: text('ocpp_status'),
    response: jsonb('response'),
    /** The CALLERROR's message (state 'failed'); its code is in error_code. */
    error: text('error'),
    errorCode: text('error_code'),
    /** The session this command started, stopped or otherwise acted on. */
    sessionId: uuid('session_id').references(() => sessions.id, { onDelete: 'set null' }),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    /** The node the command was routed to: the one holding the station's socket at the time. */
    nodeId: text('node_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** The caller stops waiting then; a node never sends a command after it. */
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    /** From sending the CALL to its answer, measured by the node that sent it. */
    latencyMs: integer('latency_ms'),
  },
  (t) => [
    index('commands_station_idx').on(t.stationId, t.createdAt),
    index('commands_session_idx').on(t.sessionId),
    // Network-wide by time: command success rates, the latest failed commands.
    index('commands_created_idx').on(t.createdAt),
    // A node's sweep for queued commands it missed; only unfinished rows are indexed.
    index('commands_pending_idx')
      .on(t.nodeId, t.expiresAt)
      .where(sql`${t.state} in ('queued', 'sent')`),
  ],
);

export const commandsRelations = relations(commands, ({ one }) => ({
  station: one(stations, { fields: [commands.stationId], references: [stations.id] }),
  requester: one(users, { fields: [commands.requestedBy], references: [users.id] }),
}));
