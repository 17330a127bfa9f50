import { z } from 'zod';
import { ApiError } from './api-error';

export interface TApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export function errorResponse(error: ApiError): Response {
  const body: TApiErrorBody = {
    error: { code: error.code, message: error.message, details: error.details ?? null },
  };
  return Response.json(body, { status: error.status });
}

/** Zod issues as `{ path, message }`: enough to point at the bad field, nothing internal. */
export function zodDetails(error: z.ZodError) {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

/** Known errors keep their code; anything else is logged and answered with a generic 500. */
export function toErrorResponse(error: unknown): Response {
  if (error instanceof ApiError) return errorResponse(error);
  if (error instanceof z.ZodError) {
    return errorResponse(new ApiError('validation_failed', 'Invalid input', zodDetails(error)));
  }
  console.error('[api] unexpected error', error);
  return errorResponse(new ApiError('internal_error', 'Something went wrong on our side'));
}
