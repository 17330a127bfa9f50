import type { z } from 'zod';
import type { TApiErrorCode } from '@/lib/api/api-error';
import type { TRole } from '@/lib/auth/roles';

export type THttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type TEndpointAuth = { kind: 'public' } | { kind: 'session-or-bearer'; role?: TRole };

interface TResponseSpec<S extends z.ZodType> {
  /** The success status: 200 unless the operation creates (201) or answers no body (204). */
  status?: 200 | 201 | 204;
  description: string;
  schema: S;
  example: z.input<S>;
}

/** One API operation, declared once; the OpenAPI document and its tests are built from these. */
export interface TEndpoint<S extends z.ZodType = z.ZodType> {
  method: THttpMethod;
  /** OpenAPI path template, `{id}` for `[id]` segments. */
  path: `/api/v1/${string}`;
  operationId: string;
  tag: string;
  summary: string;
  description: string;
  auth: TEndpointAuth;
  /** The same zod objects the route hands to withAuth, so docs cannot drift from validation. */
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  response: TResponseSpec<S> & {
    contentType?: 'application/json' | 'text/event-stream' | 'text/csv' | 'application/pdf';
  };
  /** Error codes the handler itself may answer with, beyond the ones auth and parsing add. */
  errors?: readonly TApiErrorCode[];
}

/** Keeps each endpoint's example typed against its own response schema. */
export function defineEndpoint<S extends z.ZodType>(endpoint: TEndpoint<S>): TEndpoint {
  return endpoint;
}
