import { relations, sql } from 'drizzle-orm';
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
import { tariffs, type TTariff } from './tariffs';
import { vehicles } from './vehicles';
import { stations } from './stations';
import { users } from './users';

/** The pricing a session was started under, frozen with its site's time zone. */
export type TSessionTariffSnapshot = Pick<
  TTariff,
  | 'currency'
  | 'energyPricePerMwh'
  | 'timePricePerHour'
  | 'sessionFee'
  | 'idleFeePerHour'
  | 'idleGraceMinutes'
  | 'vatBasisPoints'
  | 'bands'
> & { timeZone: string };

/**
 * Receipt lines as lib/billing computes them. Line `band` is the time-of-use band index (null
 * for base prices); quantity is Wh for energy, whole seconds for time and idle, 1 for the fee;
 * amounts are minor units net of VAT.
 */
export interface TCostBreakdown {
  currency: string;
  lines: {
    kind: 'energy' | 'time' | 'session' | 'idle';
    band: number | null;
    quantity: number;
    amount: number;
  }[];
  subtotal: number;
  vat: number;
  total: number;
  energyWh: number;
}

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
    /** Why a request was DENIED, CANCELLED or FAILED (expired, charger rejected, …), in words. */
    statusReason: text('status_reason'),
    vehicleId: uuid('vehicle_id').references(() => vehicles.id, { onDelete: 'set null' }),
    /** Free-form caller data (location, bay, fleet reference), returned as given. */
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull().default({}),
    /** Set while a PENDING request waits in its station's queue for a connector to free. */
    queuedAt: timestamp('queued_at', { withTimezone: true }),
    /** The charger accepted the remote start; the car has until expires_at to start. */
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    /** Charging → idle boundary (SuspendedEV / Finishing), where the idle fee clock starts. */
    chargingEndedAt: timestamp('charging_ended_at', { withTimezone: true }),
    /** The tariff as it was when the session started, so later edits never reprice it. */
    tariffId: uuid('tariff_id').references(() => tariffs.id, { onDelete: 'set null' }),
    tariffSnapshot: jsonb('tariff_snapshot').$type<TSessionTariffSnapshot>(),
    /** Final cost in minor units (VAT included) and its receipt lines, set when finalised. */
    costMinor: integer('cost_minor'),
    currency: text('currency'),
    costBreakdown: jsonb('cost_breakdown').$type<TCostBreakdown>(),
    /**
     * When the charger's own StopTransaction arrived. A session stopped over the API is finalised
     * at once and reconciled (meter, cost recomputed, never added) when this arrives.
     */
    chargerStoppedAt: timestamp('charger_stopped_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('sessions_station_idx').on(t.stationId, t.createdAt),
    index('sessions_user_idx').on(t.userId, t.createdAt),
    // Range scans for analytics (energy per day, utilisation) and the console's date filters;
    // the INCLUDE columns (migration 0009) let 30-day aggregates read the index alone.
    index('sessions_started_idx').on(t.startedAt),
    // Revenue and finished sessions by stop time.
    index('sessions_stopped_idx').on(t.stoppedAt),
    // Session lists sort newest first by start, or by request time for sessions never started.
    index('sessions_list_order_idx').on(sql`coalesce(${t.startedAt}, ${t.createdAt})`, t.id),
    index('sessions_queue_idx')
      .on(t.stationId, t.queuedAt)
      .where(sql`${t.status} = 'PENDING'`),
    index('sessions_open_idx')
      .on(t.stationId, t.connectorId)
      .where(sql`${t.status} in ('PENDING', 'APPROVED', 'CHARGING')`),
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
  vehicle: one(vehicles, { fields: [sessions.vehicleId], references: [vehicles.id] }),
  meterValues: many(meterValues),
}));

export const meterValuesRelations = relations(meterValues, ({ one }) => ({
  session: one(sessions, { fields: [meterValues.sessionId], references: [sessions.id] }),
}));
