import type { TCommandField } from './command-specs';

export interface TConnectorChoice {
  connectorId: number;
  type: string | null;
}

const inputClass =
  'w-full rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm aria-invalid:border-red-500';

/** One input of a command form, chosen by the field's kind; the error sits under it. */
export function CommandField({
  id,
  field,
  connectors,
  suggestions,
  error,
}: {
  id: string;
  field: TCommandField;
  connectors: TConnectorChoice[];
  suggestions?: number[];
  error?: string;
}) {
  const wide = field.kind === 'json' || field.kind === 'textarea';
  const describedBy = error ? `${id}-error` : field.hint ? `${id}-hint` : undefined;
  const common = {
    id,
    name: field.name,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    defaultValue: field.initial,
  };
  return (
    <div className={wide ? 'sm:col-span-2' : undefined}>
      <label htmlFor={id} className="text-xs font-medium text-slate-600">
        {field.label}
        {field.required && <span className="text-red-700"> *</span>}
      </label>
      {field.kind === 'connector' && connectors.length > 0 ? (
        <select {...common} className={inputClass}>
          {!field.required && <option value="">Any</option>}
          {field.allowZero && <option value="0">0 · whole charger</option>}
          {connectors.map((c) => (
            <option key={c.connectorId} value={c.connectorId}>
              #{c.connectorId}
              {c.type ? ` · ${c.type}` : ''}
            </option>
          ))}
        </select>
      ) : field.kind === 'connector' || field.kind === 'integer' ? (
        <>
          <input
            {...common}
            type="number"
            step={1}
            inputMode="numeric"
            list={suggestions?.length ? `${id}-list` : undefined}
            className={inputClass}
          />
          {suggestions && suggestions.length > 0 && (
            <datalist id={`${id}-list`}>
              {suggestions.map((value) => (
                <option key={value} value={value} />
              ))}
            </datalist>
          )}
        </>
      ) : field.kind === 'enum' ? (
        <select {...common} className={inputClass}>
          {!field.required && <option value="">—</option>}
          {field.options?.map((option) => (
            <option key={option}>{option}</option>
          ))}
        </select>
      ) : field.kind === 'datetime' ? (
        <input {...common} type="datetime-local" className={inputClass} />
      ) : wide ? (
        <textarea
          {...common}
          rows={field.kind === 'json' ? 8 : 3}
          spellCheck={false}
          className={`${inputClass} ${field.kind === 'json' ? 'font-mono text-xs' : ''}`}
        />
      ) : (
        <input {...common} type="text" autoComplete="off" className={inputClass} />
      )}
      {error ? (
        <p id={`${id}-error`} className="mt-0.5 text-xs text-red-700">
          {error}
        </p>
      ) : (
        field.hint && (
          <p id={`${id}-hint`} className="mt-0.5 text-xs text-slate-500">
            {field.hint}
          </p>
        )
      )}
    </div>
  );
}
