import { z } from 'zod';

/** Validates the environment once at start, with a message that names every bad variable. */
export function parseEnv<T extends z.ZodType>(
  schema: T,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<T> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues
    .map((issue) => `  ${issue.path.join('.') || '(env)'}: ${issue.message}`)
    .join('\n');
  throw new Error(`Invalid configuration:\n${problems}`);
}

export const postgresUrl = z
  .string({ error: 'is required (a postgres:// connection URL)' })
  .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL');

export const port = z.coerce.number().int().min(0).max(65535);
