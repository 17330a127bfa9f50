const UNIQUE_VIOLATION = '23505';
const FOREIGN_KEY_VIOLATION = '23503';

interface TPostgresErrorFields {
  code?: unknown;
  constraint_name?: unknown;
  cause?: unknown;
}

/**
 * The constraint a failed statement broke, or null when it failed for another reason. postgres.js
 * puts the name on its error; drizzle wraps that error as `cause`, so the chain is walked.
 */
function violatedConstraint(error: unknown, sqlState: string): string | null {
  for (let e = error; e && typeof e === 'object'; e = (e as TPostgresErrorFields).cause) {
    const { code, constraint_name: name } = e as TPostgresErrorFields;
    if (code === sqlState && typeof name === 'string') return name;
  }
  return null;
}

export function violatedUniqueConstraint(error: unknown): string | null {
  return violatedConstraint(error, UNIQUE_VIOLATION);
}

export function violatedForeignKey(error: unknown): string | null {
  return violatedConstraint(error, FOREIGN_KEY_VIOLATION);
}
