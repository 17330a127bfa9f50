import type { ChargePointContext } from './context';

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A catch handler for background work: the failure is logged, never left unhandled. */
export function logFailure(ctx: Pick<ChargePointContext, 'log'>, what: string) {
  return (error: unknown) => ctx.log('warn', `${what} failed: ${describeError(error)}`);
}
