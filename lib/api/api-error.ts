/** Every error code the API answers with, and its HTTP status. */
export const API_ERROR_STATUS = {
  bad_request: 400,
  invalid_json: 400,
  unauthorized: 401,
  forbidden: 403,
  insufficient_scope: 403,
  not_found: 404,
  conflict: 409,
  validation_failed: 422,
  rate_limited: 429,
  charger_rejected: 502,
  charger_offline: 503,
  service_unavailable: 503,
  charger_timeout: 504,
  internal_error: 500,
} as const;

export type TApiErrorCode = keyof typeof API_ERROR_STATUS;

/** Thrown anywhere below a route handler; the wrapper turns it into the JSON error body. */
export class ApiError extends Error {
  readonly code: TApiErrorCode;
  readonly details: unknown;

  constructor(code: TApiErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return API_ERROR_STATUS[this.code];
  }
}
