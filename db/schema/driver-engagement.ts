import { relations } from 'drizzle-orm';
import { index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sessions } from './sessions';
import { stations } from './stations';
import { users } from './users';

/** A driver's saved charger. */
export const favorites = pgTable(
  'favorites',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    stationId: uuid('station_id')
      .notNull()
      .references(() => stations.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.stationId] })],
);

export const notificationKind = pgEnum('notification_kind', [
  'session_approved',
  'session_denied',
  'session_started',
  'session_finished',
  'session_failed',
  'session_cancelled',
  'queue_position',
  'charger_offline',
]);

/**
 * What a driver is told about their requests and sessions. Written by database triggers on
 * session and station changes (see the migration), so every path that changes a session,
 * in any process, notifies the same way; unread while read_at is null.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: notificationKind('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    sessionId: uuid('session_id').references(() => sessions.id, { onDelete: 'cascade' }),
    stationId: uuid('station_id').references(() => stations.id, { onDelete: 'cascade' }),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
);

export const alertSeverity = pgEnum('alert_severity', ['INFO', 'WARN', 'CRITICAL']);

/**
 * An operator's broadcast to drivers, shown as a banner while in effect. Empty site and
 * station lists mean everyone; otherwise drivers looking at those sites or stations.
 */
export const alerts = pgTable(
  'alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    message: text('message').notNull(),
    severity: alertSeverity('severity').notNull().default('INFO'),
    effectiveAt: timestamp('effective_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    siteIds: uuid('site_ids').array().notNull().default([]),
    stationIds: uuid('station_ids').array().notNull().default([]),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('alerts_effective_idx').on(t.effectiveAt, t.expiresAt)],
);

export const notificationsRelations = relations(notifications, ({ one }) => ({
  user: one(users, { fields: [notifications.userId], references: [users.id] }),
  session: one(sessions, { fields: [notifications.sessionId], references: [sessions.id] }),
}));
