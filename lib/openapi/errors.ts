import { API_ERROR_STATUS, type TApiErrorCode } from '@/lib/api/api-error';
import type { TEndpoint } from './endpoint';

const MESSAGES: Record<TApiErrorCode, { message: string; details: unknown }> = {
  bad_request: {
    message: 'Invalid query parameters',
    details: [{ path: 'limit', message: 'Too big: expected number to be <=200' }],
  },
  invalid_json: { message: 'The request body is not valid JSON', details: null },
  unauthorized: { message: 'Sign in to use this endpoint', details: null },
  forbidden: { message: 'This endpoint needs the operator role', details: null },
  insufficient_scope: { message: 'This API key is read-only: use a write key', details: null },
  not_found: { message: 'Station not found', details: null },
  conflict: { message: 'The resource is not in a state that allows this', details: null },
  validation_failed: {
    message: 'Invalid request body',
    details: [{ path: 'connectorId', message: 'Expected number, received string' }],
  },
  rate_limited: { message: 'Too many writes: try again shortly', details: null },
  charger_rejected: { message: 'The charger rejected the command', details: null },
  charger_offline: { message: 'The charger is offline', details: null },
  service_unavailable: { message: 'The database is not reachable', details: null },
  charger_timeout: { message: 'The charger did not answer in time', details: null },
  internal_error: { message: 'Something went wrong on our side', details: null },
};

/** The error codes an endpoint can answer with: from auth, parsing, and its own handler. */
export function errorCodesFor(endpoint: TEndpoint): TApiErrorCode[] {
  const codes = new Set<TApiErrorCode>(endpoint.errors ?? []);
  // Even public routes answer 401 to an Authorization header with an unknown key.
  codes.add('unauthorized');
  if (endpoint.auth.kind !== 'public' && endpoint.auth.role) codes.add('forbidden');
  if (endpoint.method !== 'GET') {
    codes.add('insufficient_scope');
    codes.add('rate_limited');
  }
  if (endpoint.params) codes.add('not_found');
  if (endpoint.query) codes.add('bad_request');
  if (endpoint.body) {
    codes.add('invalid_json');
    codes.add('validation_failed');
  }
  codes.add('internal_error');
  return [...codes];
}

/** OpenAPI responses for the codes, grouped by status, one example per code. */
export function errorResponses(codes: TApiErrorCode[]) {
  const byStatus = new Map<number, TApiErrorCode[]>();
  for (const code of codes) {
    const status = API_ERROR_STATUS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus]
      .sort(([a], [b]) => a - b)
      .map(([status, statusCodes]) => [
        String(status),
        {
          description: `Error: ${statusCodes.join(' or ')}`,
          content: {
            'application/json': {
              schema: { $ref: '#/components/schemas/ApiError' },
              examples: Object.fromEntries(
                statusCodes.map((code) => [
                  code,
                  { value: { error: { code, ...MESSAGES[code] } } },
                ]),
              ),
            },
          },
        },
      ]),
  );
}
