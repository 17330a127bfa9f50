import { relations } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { sessionStatus } from './enums';
import { stations } from './stations';
import { users } from './users';

/** OCPP 1.6 transactionId is an integer handed out by the central system. */
export const transactionIdSeq = pgSequence('transaction_id_seq', { startWith: 1000 });

export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    transactionId: integer('transaction_id').unique(),
    stationId: uuid('station_id')
      .notNull()
      .references(() => stations.id, { onDelete: 'cascade' }),
    connectorId: integer('connector_id').notNull(),
    idTag: text('id_tag'),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    status: sessionStatus('status').notNull(),
    /** Event time as the charger reported it (UTC). */
    startedAt: timestamp('started_at', { withTimezone: true }),
    stoppedAt: timestamp('stopped_at', { withTimezone: true }),
    /** Register readings are bigint: a busy DC charger's lifetime register passes 2^31 Wh. */
    meterStartWh: bigint('meter_start_wh', { mode: 'number' }),
    meterStopWh: bigint('meter_stop_wh', { mode: 'number' }),
    /** Latest register reading seen while charging, for live kWh. */
    lastMeterWh: bigint('last_meter_wh', { mode: 'number' }),
    lastPowerW: bigint('last_power_w', { mode: 'number' }),
    socPercent: doublePrecision('soc_percent'),
    lastMeterAt: timestamp('last_meter_at', { withTimezone: true }),
    energyWh: bigint('energy_wh', { mode: 'number' }).notNull().default(0),
    stopReason: text('stop_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('sessions_station_idx').on(t.stationId, t.createdAt),
    index('sessions_user_idx').on(t.userId, t.createdAt),
    /** A replayed StartTransaction finds its session instead of creating a second one. */
    uniqueIndex('sessions_start_dedupe_uq').on(
      t.stationId,
      t.connectorId,
      t.idTag,
      t.startedAt,
      t.meterStartWh,
    ),
  ],
);

/**
 * High-volume samples from MeterValues and StopTransaction.transactionData.
 * Written in batches; planned to become a table partitioned by month once volume needs it.
 */
export const meterValues = pgTable(
  'meter_values',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    stationId: uuid('station_id')
      .notNull()
      .references(() => stations.id, { onDelete: 'cascade' }),
    connectorId: integer('connector_id').notNull(),
    sessionId: uuid('session_id').references(() => sessions.id, { onDelete: 'cascade' }),
    transactionId: integer('transaction_id'),
    sampledAt: timestamp('sampled_at', { withTimezone: true }).notNull(),
    measurand: text('measurand').notNull(),
    phase: text('phase'),
    unit: text('unit'),
    context: text('context'),
    location: text('location'),
    value: doublePrecision('value').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('meter_values_session_idx').on(t.sessionId, t.sampledAt),
    index('meter_values_station_idx').on(t.stationId, t.sampledAt),
    /** A replayed MeterValues or StopTransaction finds its samples stored and adds none. */
    unique('meter_values_sample_uq')
      .on(t.stationId, t.connectorId, t.sampledAt, t.measurand, t.phase, t.location, t.context)
      .nullsNotDistinct(),
  ],
);

/**
 * A StopTransaction whose transactionId is not a session of its station, kept whole: when the
 * StartTransaction it belongs to arrives later (a charger flushing its queue out of order), that
 * session is created and completed with this stop. session_id is set once matched.
 */
export const unmatchedStops = pgTable(
  'unmatched_stops',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    stationId: uuid('station_id')
      .notNull()
      .references(() => stations.id, { onDelete: 'cascade' }),
    /** As the charger sent it: any JSON integer, -1 included. */
    transactionId: bigint('transaction_id', { mode: 'number' }).notNull(),
    idTag: text('id_tag'),
    meterStopWh: bigint('meter_stop_wh', { mode: 'number' }).notNull(),
    stoppedAt: timestamp('stopped_at', { withTimezone: true }).notNull(),
    reason: text('reason'),
    /** StopTransaction.transactionData (OCPP MeterValue[]). */
    transactionData: jsonb('transaction_data').notNull(),
    sessionId: uuid('session_id').references(() => sessions.id, { onDelete: 'set null' }),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    /** A replayed unknown stop is stored once. */
    unique('unmatched_stops_replay_uq').on(
      t.stationId,
      t.transactionId,
      t.stoppedAt,
      t.meterStopWh,
    ),
    index('unmatched_stops_station_idx').on(t.stationId, t.stoppedAt),
  ],
);

export const sessionsRelations = relations(sessions, ({ one, many }) => ({
  station: one(stations, { fields: [sessions.stationId], references: [stations.id] }),
  user: one(users, { fields: [sessions.userId], references: [users.id] }),
  meterValues: many(meterValues),
}));

export const meterValuesRelations = relations(meterValues, ({ one }) => ({
  session: one(sessions, { fields: [meterValues.sessionId], references: [sessions.id] }),
}));
