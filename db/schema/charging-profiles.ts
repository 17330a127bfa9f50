import { relations } from 'drizzle-orm';
import { index, integer, jsonb, pgEnum, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { commands } from './commands';
import { stations } from './stations';
import { users } from './users';

export const chargingProfilePurpose = pgEnum('charging_profile_purpose', [
  'ChargePointMaxProfile',
  'TxDefaultProfile',
  'TxProfile',
]);

export const chargingProfileKind = pgEnum('charging_profile_kind', [
  'Absolute',
  'Recurring',
  'Relative',
]);

export const chargingProfileStatus = pgEnum('charging_profile_status', ['Active', 'Cleared']);

/**
 * Charging profiles a charger accepted (SetChargingProfile), kept as history: a replaced or
 * cleared profile stays with status Cleared.
 */
export const chargingProfiles = pgTable(
  'charging_profiles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    stationId: uuid('station_id')
      .notNull()
      .references(() => stations.id, { onDelete: 'cascade' }),
    /** 0 applies to the charge point as a whole. */
    connectorId: integer('connector_id').notNull(),
    chargingProfileId: integer('charging_profile_id').notNull(),
    stackLevel: integer('stack_level').notNull(),
    purpose: chargingProfilePurpose('purpose').notNull(),
    kind: chargingProfileKind('kind').notNull(),
    /** The csChargingProfiles object exactly as sent. */
    profile: jsonb('profile').notNull(),
    status: chargingProfileStatus('status').notNull().default('Active'),
    setBy: uuid('set_by').references(() => users.id, { onDelete: 'set null' }),
    setAt: timestamp('set_at', { withTimezone: true }).notNull().defaultNow(),
    clearedAt: timestamp('cleared_at', { withTimezone: true }),
    commandId: uuid('command_id').references(() => commands.id, { onDelete: 'set null' }),
  },
  (t) => [index('charging_profiles_station_idx').on(t.stationId, t.status)],
);

export const chargingProfilesRelations = relations(chargingProfiles, ({ one }) => ({
  station: one(stations, { fields: [chargingProfiles.stationId], references: [stations.id] }),
  setter: one(users, { fields: [chargingProfiles.setBy], references: [users.id] }),
  command: one(commands, { fields: [chargingProfiles.commandId], references: [commands.id] }),
}));
