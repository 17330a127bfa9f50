import { relations } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { connectionState, connectorStatus, connectorType, registrationStatus } from './enums';
import { sites } from './sites';
import { tariffs } from './tariffs';

export const stations = pgTable(
  'stations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    siteId: uuid('site_id').references(() => sites.id, { onDelete: 'set null' }),
    /** Overrides the site's tariff; null → the site's. */
    tariffId: uuid('tariff_id').references(() => tariffs.id, { onDelete: 'set null' }),
    /** The charge point identity: the last path segment of ws://host/ocpp/{identity}. */
    identity: text('identity').notNull().unique(),
    name: text('name').notNull(),
    vendor: text('vendor'),
    model: text('model'),
    serialNumber: text('serial_number'),
    firmwareVersion: text('firmware_version'),
    ocppVersion: text('ocpp_version').notNull().default('1.6'),
    /** scrypt hash of the HTTP basic-auth password (OCPP security profile 1). */
    passwordHash: text('password_hash').notNull(),
    /**
     * The operator's decision, answered to every BootNotification: Accepted (auto-accept), Pending
     * (waits for an operator's approval; the default for a station nobody decided on) or Rejected.
     */
    registrationStatus: registrationStatus('registration_status').notNull().default('Pending'),
    /** What the charger was told in its last BootNotification.conf; null before its first boot. */
    bootStatus: registrationStatus('boot_status'),
    connectionState: connectionState('connection_state').notNull().default('offline'),
    /** Id of the ocpp-server node holding the socket; null when offline. */
    nodeId: text('node_id'),
    /** Identifies the current socket, so a late close of a replaced socket changes nothing. */
    connectionId: uuid('connection_id'),
    connectedAt: timestamp('connected_at', { withTimezone: true }),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }),
    lastBootAt: timestamp('last_boot_at', { withTimezone: true }),
    heartbeatIntervalS: integer('heartbeat_interval_s'),
    /** Status reported for connector 0 (the charge point as a whole). */
    status: connectorStatus('status'),
    errorCode: text('error_code'),
    firmwareStatus: text('firmware_status'),
    diagnosticsStatus: text('diagnostics_status'),
    /** The charger's local authorization list version, as last sent or reported; null when unknown. */
    localListVersion: integer('local_list_version'),
    /** Taken out of service: kept with its history, hidden from drivers, refused on connect. */
    decommissionedAt: timestamp('decommissioned_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('stations_site_idx').on(t.siteId),
    index('stations_connection_idx').on(t.connectionState, t.lastSeenAt),
  ],
);

export const connectors = pgTable(
  'connectors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    stationId: uuid('station_id')
      .notNull()
      .references(() => stations.id, { onDelete: 'cascade' }),
    /** OCPP connectorId, 1-based. */
    connectorId: integer('connector_id').notNull(),
    /** Null until an operator configures a connector the charger reported on its own. */
    type: connectorType('type'),
    maxPowerW: integer('max_power_w'),
    status: connectorStatus('status').notNull().default('Unavailable'),
    errorCode: text('error_code').notNull().default('NoError'),
    vendorErrorCode: text('vendor_error_code'),
    info: text('info'),
    /** When the charger says the status changed (event time). */
    statusAt: timestamp('status_at', { withTimezone: true }),
  },
  (t) => [unique('connectors_station_connector_uq').on(t.stationId, t.connectorId)],
);

export const stationsRelations = relations(stations, ({ one, many }) => ({
  site: one(sites, { fields: [stations.siteId], references: [sites.id] }),
  connectors: many(connectors),
}));

export const connectorsRelations = relations(connectors, ({ one }) => ({
  station: one(stations, { fields: [connectors.stationId], references: [stations.id] }),
}));
