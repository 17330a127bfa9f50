import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './build-document';
import { API_ENDPOINTS } from './endpoints';
import { ZApiErrorBody } from './schemas/common';
import { ZOpenApiDocument } from './schemas/openapi';

function collectRefs(value: unknown, refs: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => collectRefs(v, refs));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') refs.push(child);
      else collectRefs(child, refs);
    }
  }
  return refs;
}

function resolvePointer(document: unknown, ref: string): unknown {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>(
      (node, key) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
      document,
    );
}

describe('the OpenAPI document', () => {
  const document = buildOpenApiDocument();
  const operations = Object.values(document.paths).flatMap((item) => Object.values(item));

  it('has the OpenAPI 3.1 shape, with both auth schemes', () => {
    expect(ZOpenApiDocument.safeParse(document).error).toBeUndefined();
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual([
      'bearerAuth',
      'sessionCookie',
    ]);
  });

  it('resolves every $ref inside the document', () => {
    const refs = collectRefs(document);
    expect(refs.length).toBeGreaterThan(10);
    expect(refs.filter((ref) => resolvePointer(document, ref) === undefined)).toEqual([]);
  });

  it('gives every operation a unique id, one success status and the error shape for every error', () => {
    const ids = operations.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const operation of operations) {
      const successes = Object.keys(operation.responses).filter((s) => s.startsWith('2'));
      expect(successes, operation.operationId).toHaveLength(1);
      const errorStatuses = Object.keys(operation.responses).filter((s) => Number(s) >= 400);
      expect(errorStatuses, operation.operationId).toContain('500');
      for (const status of errorStatuses) {
        expect(collectRefs(operation.responses[status])).toEqual(['#/components/schemas/ApiError']);
      }
    }
  });

  it('documents creation as 201 and a deletion without a body as 204', () => {
    const byId = new Map(operations.map((o) => [o.operationId, o.responses]));
    expect(Object.keys(byId.get('createStation') ?? {})).toContain('201');
    expect(Object.keys(byId.get('startSession') ?? {})).toContain('201');
    expect(byId.get('deleteSite')?.['204']).toEqual({ description: 'Deleted; no body.' });
  });

  it('documents path parameters for every {param} in a path, and 404 for them', () => {
    for (const [path, item] of Object.entries(document.paths)) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const operation of Object.values(item)) {
        const inPath = operation.parameters.filter((p) => p.in === 'path').map((p) => p.name);
        expect(inPath, path).toEqual(names);
        if (names.length > 0) expect(operation.responses['404'], path).toBeDefined();
      }
    }
  });

  it('has examples that satisfy their own schemas', () => {
    for (const endpoint of API_ENDPOINTS) {
      const parsed = endpoint.response.schema.safeParse(endpoint.response.example);
      expect(parsed.error, endpoint.operationId).toBeUndefined();
    }
    const errorExamples = operations.flatMap((o) =>
      Object.entries(o.responses)
        .filter(([status]) => Number(status) >= 400)
        .flatMap(([, response]) => collectExamples(response.content)),
    );
    expect(errorExamples.length).toBeGreaterThan(operations.length);
    for (const example of errorExamples) {
      expect(ZApiErrorBody.safeParse(example).error).toBeUndefined();
    }
  });
});

function collectExamples(content: unknown): unknown[] {
  const json = (content as Record<string, { examples?: Record<string, { value: unknown }> }>)[
    'application/json'
  ];
  return Object.values(json?.examples ?? {}).map((e) => e.value);
}
