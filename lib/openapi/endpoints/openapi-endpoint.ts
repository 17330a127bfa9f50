import { defineEndpoint } from '../endpoint';
import { ZOpenApiDocument } from '../schemas/openapi';

export const openapiEndpoint = defineEndpoint({
  method: 'GET',
  path: '/api/v1/openapi.json',
  operationId: 'getOpenApiDocument',
  tag: 'Platform',
  summary: 'This OpenAPI document',
  description:
    'The OpenAPI 3.1 description of the API, generated from the schemas that validate it.',
  auth: { kind: 'public' },
  response: {
    description: 'The document.',
    schema: ZOpenApiDocument,
    example: {
      openapi: '3.1.0',
      jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
      info: { title: 'Chargedeck API', version: '1', description: '…' },
      servers: [{ url: '/' }],
      tags: [{ name: 'Platform' }],
      paths: {},
      components: { schemas: {}, securitySchemes: {} },
    },
  },
});
