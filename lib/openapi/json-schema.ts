import { z } from 'zod';

export type TJsonSchema = Record<string, unknown>;

const COMPONENT_PREFIX = '#/components/schemas/';

function strip(schema: TJsonSchema): TJsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

/** Every schema registered with `.meta({ id })`, as OpenAPI components referring to each other. */
export function componentSchemas(): Record<string, TJsonSchema> {
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'any',
    uri: (id) => `${COMPONENT_PREFIX}${id}`,
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => [id, strip(schema as TJsonSchema)]),
  );
}

/** A `$ref` for registered schemas, else the schema inline (request side: what callers send). */
export function schemaOrRef(schema: z.ZodType, io: 'input' | 'output'): TJsonSchema {
  const id = z.globalRegistry.get(schema)?.id;
  if (id) return { $ref: `${COMPONENT_PREFIX}${id}` };
  return strip(
    z.toJSONSchema(schema, {
      target: 'draft-2020-12',
      io,
      unrepresentable: 'any',
      // An empty registry: nested schemas are inlined rather than moved to a local $defs.
      metadata: z.registry<{ id?: string }>(),
    }),
  );
}

/** An object schema's fields as OpenAPI parameters (path or query). */
export function toParameters(schema: z.ZodObject | undefined, location: 'path' | 'query') {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, field]) => {
    const { description: inner, ...rest } = schemaOrRef(field as z.ZodType, 'input');
    // `.optional().describe()` keeps the text on the wrapper, which the JSON schema drops.
    const description = (field as z.ZodType).description ?? inner;
    return {
      name,
      in: location,
      required: location === 'path' || !(field as z.ZodType).safeParse(undefined).success,
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    };
  });
}
