import type { Executor } from '@/db/client';
import { ocppMessages } from '@/db/schema';

export type NewOcppMessage = typeof ocppMessages.$inferInsert;

// 9 columns a row: keeps one statement well under PostgreSQL's 65,535 bind parameters.
const ROWS_PER_STATEMENT = 5000;

/** Multi-row insert of logged frames; the writer batches them, this just stores a batch. */
export async function recordOcppMessages(db: Executor, rows: NewOcppMessage[]): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    await db.insert(ocppMessages).values(rows.slice(start, start + ROWS_PER_STATEMENT));
  }
}
