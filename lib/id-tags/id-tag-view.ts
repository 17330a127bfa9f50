import type { idTags } from '@/db/schema';

type TIdTagRow = typeof idTags.$inferSelect;

/** An id tag as the API shows it: timestamps as ISO strings. */
export type TIdTag = Omit<TIdTagRow, 'expiresAt' | 'createdAt'> & {
  expiresAt: string | null;
  createdAt: string;
};

export function toIdTag(row: TIdTagRow): TIdTag {
  return {
    ...row,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
