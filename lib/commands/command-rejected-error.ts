export type TCommandRejectedCode = 'station_not_found' | 'invalid_request' | 'station_not_accepted';

/** Thrown by sendCommand before anything is recorded or sent. */
export class CommandRejectedError extends Error {
  readonly code: TCommandRejectedCode;
  /** zod issues for 'invalid_request'. */
  readonly details: unknown;

  constructor(code: TCommandRejectedCode, message: string, details?: unknown) {
    super(message);
    this.name = 'CommandRejectedError';
    this.code = code;
    this.details = details;
  }
}
