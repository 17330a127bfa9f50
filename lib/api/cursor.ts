import type { z } from 'zod';
import { ApiError } from './api-error';

/** Cursors are opaque to clients: base64url JSON of the last row's sort key. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor<S extends z.ZodType>(
  schema: S,
  raw: string | undefined,
): z.infer<S> | undefined {
  if (raw === undefined || raw === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw new ApiError('bad_request', 'Invalid cursor');
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ApiError('bad_request', 'Invalid cursor');
  return parsed.data;
}
