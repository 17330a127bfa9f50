import { z } from 'zod';

/** What the benchmark tells a load-generator worker (over the fork IPC channel). */
export const ZWorkerCommand = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('connect'),
    url: z.string(),
    identities: z.array(z.string()),
    password: z.string(),
    /** Upgrades (and later boot + start) in flight at once per worker. */
    concurrency: z.number().int().positive(),
  }),
  z.object({ type: z.literal('start-charging'), concurrency: z.number().int().positive() }),
  z.object({
    type: z.literal('load'),
    seconds: z.number().positive(),
    /** A station's MeterValues period; 0 = back to back (saturation). */
    intervalMs: z.number().min(0),
  }),
  z.object({ type: z.literal('close') }),
]);
export type WorkerCommand = z.infer<typeof ZWorkerCommand>;

const ZCpu = z.object({ cpuMs: z.number() });

/** What a worker answers, one message per command. */
export const ZWorkerReport = z.discriminatedUnion('type', [
  ZCpu.extend({ type: z.literal('connected'), connected: z.number(), failed: z.number() }),
  ZCpu.extend({ type: z.literal('charging'), charging: z.number(), failed: z.number() }),
  ZCpu.extend({
    type: z.literal('loaded'),
    answered: z.number(),
    /** Answers that arrived within their station's window. */
    answeredInWindow: z.number(),
    errors: z.number(),
    histogram: z.array(z.tuple([z.number(), z.number()])),
  }),
  z.object({ type: z.literal('closed') }),
  z.object({ type: z.literal('failed'), message: z.string() }),
]);
export type WorkerReport = z.infer<typeof ZWorkerReport>;
