import type { Executor } from '@/db/client';
import { recordOcppMessages, type NewOcppMessage } from '@/lib/ocpp-log/record-ocpp-messages';
import { createBatchWriter } from './batch-writer';
import type { OcppLogger } from './logger';

/**
 * Every frame in and out goes to ocpp_messages in batches (about 1000 rows or 250 ms).
 * Appending never waits: answering a charger must not depend on the log write.
 */
export function createOcppLogWriter(options: {
  db: Executor;
  logger: OcppLogger;
  maxRows?: number;
  flushMs?: number;
  /** Called after each committed batch with the stations it held (for station.log events). */
  onFlushed: (stationIds: Set<string>) => void;
}) {
  const writer = createBatchWriter<NewOcppMessage>({
    maxSize: options.maxRows ?? 1000,
    maxDelayMs: options.flushMs ?? 250,
    async write(rows) {
      await recordOcppMessages(options.db, rows);
      options.onFlushed(new Set(rows.flatMap((row) => (row.stationId ? [row.stationId] : []))));
    },
  });

  return {
    append(row: NewOcppMessage): void {
      writer.add(row).catch((error: unknown) => {
        options.logger.error(`ocpp log: dropped a frame of ${row.identity}`, error);
      });
    },
    close: writer.close,
  };
}

export type OcppLogWriter = ReturnType<typeof createOcppLogWriter>;
