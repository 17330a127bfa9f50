import { z } from 'zod';

const ZOperation = z.object({
  operationId: z.string(),
  summary: z.string(),
  description: z.string(),
  tags: z.array(z.string()),
  security: z.array(z.record(z.string(), z.array(z.string()))),
  parameters: z.array(
    z.object({
      name: z.string(),
      in: z.enum(['path', 'query']),
      required: z.boolean(),
      description: z.string().optional(),
      schema: z.record(z.string(), z.unknown()),
    }),
  ),
  requestBody: z.record(z.string(), z.unknown()).optional(),
  responses: z.record(
    z.string().regex(/^\d{3}$/),
    z.object({ description: z.string(), content: z.record(z.string(), z.unknown()).optional() }),
  ),
});

/** The part of OpenAPI 3.1 this API's document uses: enough to check its shape in tests. */
export const ZOpenApiDocument = z
  .object({
    openapi: z.literal('3.1.0'),
    jsonSchemaDialect: z.string(),
    info: z.object({ title: z.string(), version: z.string(), description: z.string() }),
    servers: z.array(z.object({ url: z.string(), description: z.string().optional() })),
    tags: z.array(z.object({ name: z.string() })),
    paths: z.record(z.string().startsWith('/'), z.record(z.string(), ZOperation)),
    components: z.object({
      schemas: z.record(z.string(), z.record(z.string(), z.unknown())),
      securitySchemes: z.record(z.string(), z.record(z.string(), z.unknown())),
    }),
  })
  .meta({ id: 'OpenApiDocument' });

export type TOpenApiDocument = z.infer<typeof ZOpenApiDocument>;
export type TOpenApiOperation = z.infer<typeof ZOperation>;
