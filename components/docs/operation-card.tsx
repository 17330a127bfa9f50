import type { TOpenApiDocument, TOpenApiOperation } from '@/lib/openapi/schemas/openapi';
import { JsonBlock } from './json-block';
import { MethodBadge } from './method-badge';
import { ParametersTable } from './parameters-table';
import { TryIt } from './try-it';
import { DocText, renderInline } from './doc-text';

interface TMediaType {
  schema?: { $ref?: string };
  example?: unknown;
  examples?: Record<string, { value: unknown }>;
}

type TSchemas = TOpenApiDocument['components']['schemas'];

function refName(schema: TMediaType['schema']): string | undefined {
  return schema?.$ref?.split('/').at(-1);
}

function ResponseSection({
  status,
  response,
  schemas,
}: {
  status: string;
  response: TOpenApiOperation['responses'][string];
  schemas: TSchemas;
}) {
  const [contentType, media] = Object.entries(
    (response.content ?? {}) as Record<string, TMediaType>,
  )[0] ?? ['', {}];
  const name = refName(media.schema);
  const ok = status.startsWith('2');
  return (
    <div className="space-y-1.5">
      <p className="text-sm">
        <span className={`font-mono font-semibold ${ok ? 'text-emerald-700' : 'text-red-700'}`}>
          {status}
        </span>{' '}
        <span className="text-slate-600">{renderInline(response.description)}</span>
        {contentType && (
          <span className="ml-2 font-mono text-xs text-slate-400">{contentType}</span>
        )}
      </p>
      {ok && name && <JsonBlock title={`Schema: ${name}`} value={schemas[name] ?? media.schema} />}
      {media.example !== undefined && <JsonBlock title="Example" value={media.example} />}
      {media.examples &&
        Object.entries(media.examples).map(([code, example]) => (
          <JsonBlock key={code} title={`Example: ${code}`} value={example.value} />
        ))}
    </div>
  );
}

export function OperationCard({
  method,
  path,
  operation,
  schemas,
}: {
  method: string;
  path: string;
  operation: TOpenApiOperation;
  schemas: TSchemas;
}) {
  const isPublic = operation.security.some((s) => Object.keys(s).length === 0);
  const firstContentType = Object.keys(operation.responses['200']?.content ?? {})[0];
  const canTry = method === 'GET' && firstContentType === 'application/json';
  return (
    <article
      id={operation.operationId}
      className="scroll-mt-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <header className="flex flex-wrap items-center gap-2">
        <MethodBadge method={method} />
        <code className="font-mono text-sm font-medium break-all">{path}</code>
        <span className="text-xs text-slate-500">
          {isPublic ? 'Public' : 'Session cookie or Bearer API key'}
        </span>
      </header>
      <h3 className="mt-2 font-semibold">{operation.summary}</h3>
      <DocText text={operation.description ?? ''} className="mt-1 text-sm text-slate-600" />
      <div className="mt-3 space-y-4">
        <ParametersTable parameters={operation.parameters} />
        <section className="space-y-3">
          <h4 className="text-xs font-semibold text-slate-500 uppercase">Responses</h4>
          {Object.entries(operation.responses).map(([status, response]) => (
            <ResponseSection key={status} status={status} response={response} schemas={schemas} />
          ))}
        </section>
        {canTry && (
          <section className="space-y-2">
            <h4 className="text-xs font-semibold text-slate-500 uppercase">Try it</h4>
            <TryIt
              path={path}
              parameters={operation.parameters.map(({ name, in: location, required }) => ({
                name,
                in: location,
                required,
              }))}
            />
          </section>
        )}
      </div>
    </article>
  );
}
