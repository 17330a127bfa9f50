import { relations } from 'drizzle-orm';
import {
  index,
  integer,
  pgEnum,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { commands } from './commands';
import { stations } from './stations';
import { users } from './users';

export const reservationStatus = pgEnum('reservation_status', [
  'Active',
  'Cancelled',
  'Used',
  'Expired',
]);

/**
 * OCPP reservation ids are integers chosen by the CSMS; one sequence keeps them unique across
 * stations and is drawn from before ReserveNow is sent.
 */
export const reservationIdSequence = pgSequence('reservation_id_seq', { startWith: 1 });

export const reservations = pgTable(
  'reservations',
  {
    /** The OCPP reservationId, from reservation_id_seq. */
    id: integer('id').primaryKey(),
    stationId: uuid('station_id')
      .notNull()
      .references(() => stations.id, { onDelete: 'cascade' }),
    /** 0 reserves any connector of the station. */
    connectorId: integer('connector_id').notNull(),
    idTag: text('id_tag').notNull(),
    parentIdTag: text('parent_id_tag'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    status: reservationStatus('status').notNull().default('Active'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    /** The ReserveNow command that made (or last replaced) the reservation. */
    commandId: uuid('command_id').references(() => commands.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('reservations_station_idx').on(t.stationId, t.status)],
);

export const reservationsRelations = relations(reservations, ({ one }) => ({
  station: one(stations, { fields: [reservations.stationId], references: [stations.id] }),
  creator: one(users, { fields: [reservations.createdBy], references: [users.id] }),
  command: one(commands, { fields: [reservations.commandId], references: [commands.id] }),
}));
