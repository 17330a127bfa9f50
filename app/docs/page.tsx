import type { Metadata } from 'next';
import Link from 'next/link';
import { JsonBlock } from '@/components/docs/json-block';
import { MethodBadge } from '@/components/docs/method-badge';
import { OperationCard } from '@/components/docs/operation-card';
import { buildOpenApiDocument } from '@/lib/openapi/build-document';
import type { TOpenApiOperation } from '@/lib/openapi/schemas/openapi';
import { DocText } from '@/components/docs/doc-text';

export const metadata: Metadata = { title: 'API documentation' };

interface TListedOperation {
  method: string;
  path: string;
  operation: TOpenApiOperation;
}

/** The API reference, rendered here from the OpenAPI document: works offline, no CDN. */
export default function DocsPage() {
  const document = buildOpenApiDocument();
  const byTag = new Map<string, TListedOperation[]>(document.tags.map((t) => [t.name, []]));
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const tag = operation.tags[0] ?? 'Other';
      byTag.set(tag, [
        ...(byTag.get(tag) ?? []),
        { method: method.toUpperCase(), path, operation },
      ]);
    }
  }
  return (
    <div className="min-h-dvh bg-slate-50">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="text-brand-700 text-lg font-semibold">
            Chargedeck
          </Link>
          <a
            href="/api/v1/openapi.json"
            className="text-brand-700 text-sm font-medium hover:underline"
          >
            openapi.json
          </a>
        </div>
      </header>
      <main className="mx-auto max-w-5xl space-y-8 px-4 py-6">
        <section>
          <h1 className="text-2xl font-semibold">{document.info.title}</h1>
          <DocText text={document.info.description ?? ''} className="mt-2 text-sm text-slate-600" />
          <nav aria-label="Endpoints" className="mt-4 space-y-3">
            {[...byTag].map(([tag, operations]) => (
              <div key={tag}>
                <p className="text-xs font-semibold text-slate-500 uppercase">{tag}</p>
                <ul className="mt-1 space-y-1">
                  {operations.map(({ method, path, operation }) => (
                    <li key={operation.operationId} className="flex items-center gap-2 text-sm">
                      <MethodBadge method={method} />
                      <a href={`#${operation.operationId}`} className="font-mono hover:underline">
                        {path}
                      </a>
                      <span className="text-slate-500">{operation.summary}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </nav>
        </section>
        {[...byTag].map(([tag, operations]) => (
          <section key={tag} className="space-y-4">
            <h2 className="text-xl font-semibold">{tag}</h2>
            {operations.map((entry) => (
              <OperationCard
                key={entry.operation.operationId}
                {...entry}
                schemas={document.components.schemas}
              />
            ))}
          </section>
        ))}
        <section className="space-y-2">
          <h2 className="text-xl font-semibold">Schemas</h2>
          {Object.entries(document.components.schemas).map(([name, schema]) => (
            <div key={name} id={`schema-${name}`}>
              <JsonBlock title={name} value={schema} />
            </div>
          ))}
        </section>
      </main>
    </div>
  );
}
