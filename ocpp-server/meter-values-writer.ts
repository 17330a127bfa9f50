import type { Executor } from '@/db/client';
import {
  recordMeterValues,
  type MeterValuesMessage,
  type UpdatedSession,
} from '@/lib/sessions/record-meter-values';
import { createBatchWriter } from './batch-writer';

/**
 * Meter values from all stations go to the database in shared batches (about 500 samples or
 * 20 ms, whichever comes first): one transaction instead of one per message. A message is
 * answered once the batch holding it has committed.
 */
export function createMeterValuesWriter(options: {
  db: Executor;
  maxSamples?: number;
  maxDelayMs?: number;
  onSessionsUpdated: (sessions: UpdatedSession[]) => void;
}) {
  const writer = createBatchWriter<MeterValuesMessage>({
    maxSize: options.maxSamples ?? 500,
    maxDelayMs: options.maxDelayMs ?? 20,
    async write(messages) {
      const updated = await recordMeterValues(options.db, messages);
      options.onSessionsUpdated(updated);
    },
  });

  return {
    write(message: MeterValuesMessage): Promise<void> {
      const samples = message.meterValue.reduce((sum, mv) => sum + mv.sampledValue.length, 0);
      return writer.add(message, Math.max(1, samples));
    },
    close: writer.close,
  };
}

export type MeterValuesWriter = ReturnType<typeof createMeterValuesWriter>;
