import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './build-document';
import { HTTP_METHODS, listApiRouteFiles } from './route-files';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

async function implementedOperations(): Promise<string[]> {
  const operations: string[] = [];
  for (const route of await listApiRouteFiles(ROOT)) {
    const exported = Object.keys((await import(route.file)) as Record<string, unknown>);
    for (const method of HTTP_METHODS.filter((m) => exported.includes(m))) {
      operations.push(`${method} ${route.path}`);
    }
  }
  return operations.sort();
}

function documentedOperations(): string[] {
  const { paths } = buildOpenApiDocument();
  return Object.entries(paths)
    .flatMap(([p, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${p}`))
    .sort();
}

describe('OpenAPI coverage', () => {
  it('documents every exported route handler, and nothing that has no handler', async () => {
    const implemented = await implementedOperations();
    expect(implemented).toContain('GET /api/v1/stations/{id}/logs');
    expect(documentedOperations()).toEqual(implemented);
  });
});
