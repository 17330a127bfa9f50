import { relations } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idTagStatus } from './enums';
import { users } from './users';

export const idTags = pgTable(
  'id_tags',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The token as the charger sends it (OCPP 1.6 IdToken, at most 20 characters). */
    idTag: text('id_tag').notNull().unique(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    parentIdTag: text('parent_id_tag'),
    status: idTagStatus('status').notNull().default('Accepted'),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    label: text('label'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('id_tags_user_idx').on(t.userId)],
);

export const idTagsRelations = relations(idTags, ({ one }) => ({
  user: one(users, { fields: [idTags.userId], references: [users.id] }),
}));
