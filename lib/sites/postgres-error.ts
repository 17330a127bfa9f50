/** PostgreSQL SQLSTATE codes the data functions turn into API errors. */
export const UNIQUE_VIOLATION = '23505';
export const FOREIGN_KEY_VIOLATION = '23503';

interface TPostgresErrorFields {
  code?: unknown;
  constraint_name?: unknown;
  cause?: unknown;
}

/**
 * The SQLSTATE code and constraint of a failed query, or null. Drizzle wraps the postgres.js
 * error in its own (`cause`), so the chain is walked rather than the top error read.
 */
export function postgresError(error: unknown): { code: string; constraint: string | null } | null {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    const fields = current as TPostgresErrorFields;
    if (typeof fields.code === 'string' && /^[0-9A-Z]{5}$/.test(fields.code)) {
      const constraint = typeof fields.constraint_name === 'string' ? fields.constraint_name : null;
      return { code: fields.code, constraint };
    }
    current = fields.cause;
  }
  return null;
}
