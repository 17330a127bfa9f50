import { z } from 'zod';
import type { CommandOutcome } from '@/lib/commands/send-command';
import { COMMAND_RESULT_STATES } from '@/lib/commands/command-actions';
import { ApiError } from './api-error';

/** What an API response says about a command it sent: always the charger's own answer. */
export const ZCommandResult = z
  .object({
    commandId: z.uuid(),
    state: z.enum(COMMAND_RESULT_STATES),
    ocppStatus: z.string().nullable().describe("The charger's own answer, e.g. Accepted"),
    error: z
      .object({ code: z.string(), message: z.string() })
      .nullable()
      .describe('The CALLERROR the charger answered with (state failed)'),
  })
  .meta({ id: 'CommandResult' });

export type TCommandResult = z.infer<typeof ZCommandResult>;

export function toCommandResult(outcome: CommandOutcome): TCommandResult {
  return {
    commandId: outcome.commandId,
    state: outcome.state,
    ocppStatus: outcome.ocppStatus,
    error: outcome.error,
  };
}

/**
 * The API error for a command that did not get one of `okStatuses`: 503 offline, 504 timeout,
 * 502 for any answer the charger gave (a status such as Rejected, or a CALLERROR). The command
 * result (ocppStatus included) is the error's details, so the charger's answer is in the body.
 * Null when the charger answered with an ok status.
 */
export function commandOutcomeError(
  outcome: CommandOutcome,
  okStatuses: readonly string[],
): ApiError | null {
  const result = toCommandResult(outcome);
  switch (outcome.state) {
    case 'offline':
      return new ApiError('charger_offline', 'The charger is offline', result);
    case 'timeout':
      return new ApiError('charger_timeout', 'The charger did not answer in time', result);
    case 'failed':
      return new ApiError(
        'charger_rejected',
        `The charger answered with an error: ${outcome.error?.code ?? 'GenericError'}`,
        result,
      );
    case 'answered':
      if (outcome.ocppStatus !== null && okStatuses.includes(outcome.ocppStatus)) return null;
      return new ApiError(
        'charger_rejected',
        `The charger answered ${outcome.ocppStatus ?? 'without a status'}`,
        result,
      );
  }
}
