import type { Executor } from '@/db/client';
import { webConfig } from '@/lib/config/web';
import { hitRateLimit } from '@/lib/rate-limit/hit-rate-limit';
import { ApiError } from './api-error';
import { isReadMethod, type TRequestCaller } from './authenticate-request';

/** Thrown when a caller used up their writes for this window; carries the Retry-After value. */
export class RateLimitedError extends ApiError {
  constructor(readonly retryAfterS: number) {
    super('rate_limited', `Too many requests: try again in ${retryAfterS} s`, { retryAfterS });
  }
}

/** Per key (or per user for browser sessions, per IP for anonymous callers), writes only. */
function bucketFor(req: Request, caller: TRequestCaller | null): string {
  if (caller?.auth.via === 'apiKey') return `write:key:${caller.auth.apiKeyId}`;
  if (caller) return `write:user:${caller.user.id}`;
  const ip = req.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return `write:ip:${ip || 'unknown'}`;
}

export async function enforceWriteRateLimit(
  db: Executor,
  req: Request,
  caller: TRequestCaller | null,
): Promise<void> {
  if (isReadMethod(req.method)) return;
  const limit = webConfig().API_WRITE_RATE_LIMIT_PER_MINUTE;
  const result = await hitRateLimit(db, bucketFor(req, caller), { limit, windowMs: 60_000 });
  if (!result.allowed) throw new RateLimitedError(result.retryAfterS);
}
