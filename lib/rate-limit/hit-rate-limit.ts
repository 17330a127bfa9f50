import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { rateLimitBuckets } from '@/db/schema';

export interface TRateLimitRule {
  /** Hits allowed per window. */
  limit: number;
  windowMs: number;
}

export type TRateLimitResult =
  { allowed: true; count: number } | { allowed: false; count: number; retryAfterS: number };

function windowStartOf(now: Date, windowMs: number): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/**
 * Counts one hit on `bucket` in the current fixed window, atomically in PostgreSQL so every web
 * process shares the count: a hit in a newer window starts the count again at 1.
 */
export async function hitRateLimit(
  db: Executor,
  bucket: string,
  rule: TRateLimitRule,
  now: Date = new Date(),
): Promise<TRateLimitResult> {
  const windowStart = windowStartOf(now, rule.windowMs);
  const [row] = await db
    .insert(rateLimitBuckets)
    .values({ bucket, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: rateLimitBuckets.bucket,
      set: {
        count: sql`case when ${rateLimitBuckets.windowStart} = excluded.window_start
          then ${rateLimitBuckets.count} + 1 else 1 end`,
        windowStart: sql`greatest(${rateLimitBuckets.windowStart}, excluded.window_start)`,
      },
    })
    .returning({ count: rateLimitBuckets.count });
  const count = row?.count ?? 1;
  if (count <= rule.limit) return { allowed: true, count };
  const windowEnd = windowStart.getTime() + rule.windowMs;
  return {
    allowed: false,
    count,
    retryAfterS: Math.max(1, Math.ceil((windowEnd - now.getTime()) / 1000)),
  };
}

/** Gives back one hit in the current window (say, a sign-in that turned out to be correct). */
export async function refundRateLimit(
  db: Executor,
  bucket: string,
  rule: TRateLimitRule,
  now: Date = new Date(),
): Promise<void> {
  await db
    .update(rateLimitBuckets)
    .set({ count: sql`greatest(${rateLimitBuckets.count} - 1, 0)` })
    .where(
      sql`${rateLimitBuckets.bucket} = ${bucket} and ${rateLimitBuckets.windowStart} = ${windowStartOf(now, rule.windowMs).toISOString()}`,
    );
}
