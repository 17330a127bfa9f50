import { relations } from 'drizzle-orm';
import { doublePrecision, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { stations } from './stations';
import { tariffs } from './tariffs';

export const sites = pgTable('sites', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  address: text('address').notNull(),
  city: text('city').notNull(),
  postalCode: text('postal_code'),
  country: text('country').notNull(),
  latitude: doublePrecision('latitude').notNull(),
  longitude: doublePrecision('longitude').notNull(),
  /** IANA time zone, e.g. Europe/Berlin: receipts and time-of-use tariffs use it. */
  timeZone: text('time_zone').notNull(),
  amenities: text('amenities').array().notNull().default([]),
  /** The site's grid connection, in W across all phases; null when not limited (issue 5 shares it). */
  gridLimitW: integer('grid_limit_w'),
  /** The tariff of the site's stations that have none of their own. */
  tariffId: uuid('tariff_id').references(() => tariffs.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const sitesRelations = relations(sites, ({ many }) => ({
  stations: many(stations),
}));
