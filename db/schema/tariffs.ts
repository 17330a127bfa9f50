import { boolean, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * A time-of-use band: inside it, the given prices replace the tariff's base prices. `days` are
 * ISO weekdays (1 = Monday … 7 = Sunday) of the local day the band starts on; `from` > `to`
 * means the band runs past midnight (22:00–06:00). Evaluated in the site's IANA time zone.
 */
export interface TTariffBand {
  days: number[];
  from: string;
  to: string;
  energyPricePerMwh?: number;
  timePricePerHour?: number;
}

/**
 * Prices are integers in minor units of `currency`, all net of VAT. Energy is priced per MWh
 * (0.3949 EUR/kWh = 39 490 cents/MWh) and time per hour (0.10 EUR/min = 600 cents/h) so tariffs
 * with sub-cent unit prices stay integers.
 */
export const tariffs = pgTable('tariffs', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  /** ISO 4217, e.g. EUR. */
  currency: text('currency').notNull(),
  energyPricePerMwh: integer('energy_price_per_mwh').notNull().default(0),
  /** Per hour of charging time (start until charging finished). */
  timePricePerHour: integer('time_price_per_hour').notNull().default(0),
  sessionFee: integer('session_fee').notNull().default(0),
  /** Per hour plugged in after charging finished, once the grace period is over. */
  idleFeePerHour: integer('idle_fee_per_hour').notNull().default(0),
  idleGraceMinutes: integer('idle_grace_minutes').notNull().default(0),
  /** 1900 = 19 %. */
  vatBasisPoints: integer('vat_basis_points').notNull().default(0),
  bands: jsonb('bands').$type<TTariffBand[]>().notNull().default([]),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type TTariff = typeof tariffs.$inferSelect;
