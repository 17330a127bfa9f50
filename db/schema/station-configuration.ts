import { relations } from 'drizzle-orm';
import { boolean, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { stations } from './stations';

/** The configuration keys a charger last reported (GetConfiguration) or accepted (ChangeConfiguration). */
export const stationConfiguration = pgTable(
  'station_configuration',
  {
    stationId: uuid('station_id')
      .notNull()
      .references(() => stations.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    /** Null when the charger reports the key without a value. */
    value: text('value'),
    readonly: boolean('readonly').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.stationId, t.key] })],
);

export const stationConfigurationRelations = relations(stationConfiguration, ({ one }) => ({
  station: one(stations, { fields: [stationConfiguration.stationId], references: [stations.id] }),
}));
