import type { TEndpoint } from './endpoint';
import { API_ENDPOINTS } from './endpoints';
import { errorCodesFor, errorResponses } from './errors';
import { componentSchemas, schemaOrRef, toParameters } from './json-schema';
import type { TOpenApiDocument, TOpenApiOperation } from './schemas/openapi';

export const SESSION_COOKIE_NAME = 'next-auth.session-token';

const DESCRIPTION = [
  'REST API for the Chargedeck charging platform. JSON in and out.',
  'Authenticate with the browser session cookie (sign in at /login) or `Authorization: Bearer <api key>`.',
  'Errors are `{"error": {"code", "message", "details"}}` with the HTTP status: 400 bad input, 401, 403, 404, 409 state conflict, 422 validation, 429 too many writes, 502 charger rejected, 503 charger offline, 504 charger timeout.',
  'Lists page with `?cursor=&limit=` and return `nextCursor` (null on the last page).',
].join('\n\n');

function security(endpoint: TEndpoint): TOpenApiOperation['security'] {
  const schemes: TOpenApiOperation['security'] = [{ sessionCookie: [] }, { bearerAuth: [] }];
  // `{}` first: anonymous callers are welcome on public routes.
  return endpoint.auth.kind === 'public' ? [{}, ...schemes] : schemes;
}

function describe(endpoint: TEndpoint): string {
  if (endpoint.auth.kind === 'public') return endpoint.description;
  const role = endpoint.auth.role ? ` with the ${endpoint.auth.role} role or above` : '';
  return `${endpoint.description}\n\nRequires a session or API key${role}.`;
}

function toOperation(endpoint: TEndpoint): TOpenApiOperation {
  const { response } = endpoint;
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    description: describe(endpoint),
    tags: [endpoint.tag],
    security: security(endpoint),
    parameters: [
      ...toParameters(endpoint.params, 'path'),
      ...toParameters(endpoint.query, 'query'),
    ],
    ...(endpoint.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: schemaOrRef(endpoint.body, 'input') } },
          },
        }
      : {}),
    responses: {
      [String(response.status ?? 200)]:
        response.status === 204
          ? { description: response.description }
          : {
              description: response.description,
              content: {
                [response.contentType ?? 'application/json']: {
                  schema: schemaOrRef(response.schema, 'output'),
                  example: response.example,
                },
              },
            },
      ...errorResponses(errorCodesFor(endpoint)),
    },
  };
}

/** The OpenAPI 3.1 document for every declared endpoint. */
export function buildOpenApiDocument(endpoints: TEndpoint[] = API_ENDPOINTS): TOpenApiDocument {
  const paths: TOpenApiDocument['paths'] = {};
  for (const endpoint of endpoints) {
    paths[endpoint.path] = {
      ...paths[endpoint.path],
      [endpoint.method.toLowerCase()]: toOperation(endpoint),
    };
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: { title: 'Chargedeck API', version: '1', description: DESCRIPTION },
    servers: [{ url: '/', description: 'This deployment' }],
    tags: [...new Set(endpoints.map((e) => e.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        sessionCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: SESSION_COOKIE_NAME,
          description:
            'The browser session from signing in at /login (`__Secure-` prefixed on https).',
        },
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: 'An API key: `Authorization: Bearer <api key>`.',
        },
      },
    },
  };
}
