import type { TOpenApiOperation } from '@/lib/openapi/schemas/openapi';
import { renderInline } from './doc-text';

type TParameter = TOpenApiOperation['parameters'][number];

/** A readable type: `integer (1–200, default 50)`, `in | out`, `string (uuid)`. */
function describeType(schema: Record<string, unknown>): string {
  if (Array.isArray(schema.enum)) return schema.enum.map(String).join(' | ');
  const text = (value: unknown) =>
    value === undefined ? '' : JSON.stringify(value).replaceAll('"', '');
  const base = [text(schema.type) || 'any', schema.format ? `(${text(schema.format)})` : '']
    .join(' ')
    .trim();
  const notes = [
    schema.minimum !== undefined && schema.maximum !== undefined
      ? `${text(schema.minimum)}–${text(schema.maximum)}`
      : '',
    schema.default !== undefined ? `default ${JSON.stringify(schema.default)}` : '',
  ].filter(Boolean);
  return notes.length > 0 ? `${base}, ${notes.join(', ')}` : base;
}

export function ParametersTable({ parameters }: { parameters: TParameter[] }) {
  if (parameters.length === 0) return null;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="text-xs text-slate-500 uppercase">
          <tr>
            <th className="py-1 pr-4 font-medium">Parameter</th>
            <th className="py-1 pr-4 font-medium">In</th>
            <th className="py-1 pr-4 font-medium">Type</th>
            <th className="py-1 font-medium">Description</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {parameters.map((p) => (
            <tr key={`${p.in}-${p.name}`}>
              <td className="py-1.5 pr-4 font-mono text-xs">
                {p.name}
                {p.required && <span className="ml-1 text-red-600">*</span>}
              </td>
              <td className="py-1.5 pr-4 text-slate-600">{p.in}</td>
              <td className="py-1.5 pr-4 font-mono text-xs text-slate-700">
                {describeType(p.schema)}
              </td>
              <td className="py-1.5 text-slate-600">{renderInline(p.description ?? '')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
