import { z } from 'zod';
import type { Database } from '@/db/client';
import { hasRole, type TRole } from '@/lib/auth/roles';
import { getDb } from '@/lib/db';
import { ApiError } from './api-error';
import { authenticateRequest, type TRequestAuth, type TRequestUser } from './authenticate-request';
import { toErrorResponse, zodDetails } from './error-response';
import { readJsonBody } from './read-json-body';
import { enforceWriteRateLimit, RateLimitedError } from './write-rate-limit';

type TRouteParams = Record<string, string | string[] | undefined>;
export interface TRouteContext {
  params: Promise<TRouteParams>;
}

export interface THandlerContext<TParams, TQuery, TBody, TUser> {
  req: Request;
  user: TUser;
  /** Session or API key (with its scope); null for anonymous callers of public routes. */
  auth: TRequestAuth | null;
  params: TParams;
  query: TQuery;
  body: TBody;
  db: Database;
}

export interface TWithAuthOptions<P, Q, B, Pub extends boolean> {
  /** Open to anonymous callers; the handler still gets the user when there is one. */
  public?: Pub;
  /** Minimum role (roles include the ones below them). Ignored for public routes. */
  role?: TRole;
  params?: P;
  query?: Q;
  body?: B;
}

type TInfer<S> = S extends z.ZodType ? z.infer<S> : undefined;

/**
 * Wraps a route handler: authenticate (session or API key) → check role → limit writes (429)
 * → parse params (bad → 404), query (bad → 400) and JSON body (unparseable → 400, invalid →
 * 422) → run → JSON. Errors become `{ error: { code, message, details } }`; unknown ones a
 * logged, generic 500.
 */
export function withAuth<
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  Pub extends boolean = false,
>(
  handler: (
    ctx: THandlerContext<
      TInfer<P>,
      TInfer<Q>,
      TInfer<B>,
      Pub extends true ? TRequestUser | null : TRequestUser
    >,
  ) => Promise<unknown>,
  options: TWithAuthOptions<P, Q, B, Pub> = {},
) {
  return async function route(req: Request, context?: TRouteContext): Promise<Response> {
    try {
      const caller = await authenticateRequest(req);
      const user = caller?.user ?? null;
      if (!options.public) {
        if (!user) throw new ApiError('unauthorized', 'Sign in to use this endpoint');
        if (options.role && !hasRole(user.role, options.role)) {
          throw new ApiError('forbidden', `This endpoint needs the ${options.role} role`);
        }
      }
      await enforceWriteRateLimit(getDb(), req, caller);
      const params = parseParams(options.params, (await context?.params) ?? {});
      const query = parseQuery(options.query, new URL(req.url).searchParams);
      const body = options.body ? await parseBody(options.body, req) : undefined;
      const result = await handler({
        req,
        user: user as Pub extends true ? TRequestUser | null : TRequestUser,
        auth: caller?.auth ?? null,
        params: params as TInfer<P>,
        query: query as TInfer<Q>,
        body: body as TInfer<B>,
        db: getDb(),
      });
      return result instanceof Response ? result : Response.json(result);
    } catch (error) {
      const response = toErrorResponse(error);
      if (error instanceof RateLimitedError) {
        response.headers.set('Retry-After', String(error.retryAfterS));
      }
      return response;
    }
  };
}

/** A path that does not fit the schema (say, a non-UUID id) names nothing that exists. */
function parseParams(schema: z.ZodType | undefined, raw: TRouteParams): unknown {
  if (!schema) return undefined;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ApiError('not_found', 'Not found');
  return parsed.data;
}

function parseQuery(schema: z.ZodType | undefined, search: URLSearchParams): unknown {
  if (!schema) return undefined;
  const parsed = schema.safeParse(Object.fromEntries(search));
  if (!parsed.success) {
    throw new ApiError('bad_request', 'Invalid query parameters', zodDetails(parsed.error));
  }
  return parsed.data;
}

async function parseBody(schema: z.ZodType, req: Request): Promise<unknown> {
  const parsed = schema.safeParse(await readJsonBody(req));
  if (!parsed.success) {
    throw new ApiError('validation_failed', 'Invalid request body', zodDetails(parsed.error));
  }
  return parsed.data;
}
