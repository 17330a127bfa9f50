import { relations } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { commands } from './commands';
import { sessions } from './sessions';
import { sites } from './sites';
import { stations } from './stations';

/**
 * What site load management last granted each charging session of a limited site (issue 5),
 * and how the charger took it. One row per session; removed when the session stops charging.
 */
export const siteLoadAllocations = pgTable(
  'site_load_allocations',
  {
    sessionId: uuid('session_id')
      .primaryKey()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    stationId: uuid('station_id')
      .notNull()
      .references(() => stations.id, { onDelete: 'cascade' }),
    connectorId: integer('connector_id').notNull(),
    /** The limit in W last sent to the charger for this session. */
    allocatedW: integer('allocated_w').notNull(),
    /**
     * The limit the charger last accepted; null when none was (it may draw up to its rating),
     * which is what the site's sum is guarded with.
     */
    enforcedW: integer('enforced_w'),
    /** Why the allocation is what it is (fair share, connector cap, under-drawing, paused…). */
    reason: text('reason').notNull(),
    commandId: uuid('command_id').references(() => commands.id, { onDelete: 'set null' }),
    /** The last send's end: answered / failed / timeout / offline. */
    commandState: text('command_state'),
    ocppStatus: text('ocpp_status'),
    /** When the charger accepted enforced_w: readings before it say nothing about the grant. */
    grantedAt: timestamp('granted_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('site_load_allocations_site_idx').on(t.siteId)],
);

export const siteLoadAllocationsRelations = relations(siteLoadAllocations, ({ one }) => ({
  session: one(sessions, { fields: [siteLoadAllocations.sessionId], references: [sessions.id] }),
  site: one(sites, { fields: [siteLoadAllocations.siteId], references: [sites.id] }),
}));
