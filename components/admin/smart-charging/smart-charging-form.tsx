'use client';

import { useId, type ReactNode } from 'react';
import { buttonClass } from '@/components/admin/commands/command-form';
import { useCommandForm } from '@/components/hooks/use-command-form';
import { IDLE_SMART_CHARGING, type TSmartChargingFormState } from './smart-charging-form-state';
import { SmartChargingResult } from './smart-charging-result';

export interface TConnectorOption {
  connectorId: number;
  label: string;
}

/** One input of a smart-charging form. `errorKey` is the API's name when the form's differs. */
export interface TSmartField {
  name: string;
  label: string;
  kind: 'number' | 'connector' | 'select';
  errorKey?: string;
  options?: { value: string; label: string }[];
  /** Connector 0 (the whole charger) is offered. */
  allowZero?: boolean;
  /** "Any" is offered (a filter). */
  optional?: boolean;
  step?: string;
  hint?: string;
  initial?: string;
}

export const inputClass =
  'w-full rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm aria-invalid:border-red-500';

type TAction = (
  previous: TSmartChargingFormState,
  form: FormData,
) => Promise<TSmartChargingFormState>;

/**
 * A smart-charging form on the station page: fields, a submit, and what the charger answered.
 * Field errors come from the server (the same rules the API applies) and sit under each input.
 */
export function SmartChargingForm({
  stationId,
  title,
  description,
  action,
  fields,
  connectors,
  hidden = {},
  submitLabel,
  children,
}: {
  stationId: string;
  title: string;
  description: string;
  action: TAction;
  fields: TSmartField[];
  connectors: TConnectorOption[];
  hidden?: Record<string, string>;
  submitLabel: string;
  children?: ReactNode;
}) {
  const id = useId();
  const { state, pending, onSubmit } = useCommandForm(stationId, action, IDLE_SMART_CHARGING);
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const shown = new Set(fields.map((f) => f.errorKey ?? f.name));
  const otherErrors = Object.entries(errors).filter(([key]) => !shown.has(key));
  return (
    <form
      aria-label={title}
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3"
    >
      <input type="hidden" name="stationId" value={stationId} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div>
        <h3 className="text-sm font-semibold">{title}</h3>
        <p className="text-xs text-slate-500">{description}</p>
      </div>
      <div className="grid gap-2 sm:grid-cols-2">
        {fields.map((field) => {
          const error = errors[field.errorKey ?? field.name];
          const inputId = `${id}-${field.name}`;
          const common = {
            id: inputId,
            name: field.name,
            defaultValue: field.initial,
            'aria-invalid': error ? true : undefined,
            'aria-describedby': error ? `${inputId}-error` : undefined,
            className: inputClass,
          };
          return (
            <div key={field.name}>
              <label htmlFor={inputId} className="text-xs font-medium text-slate-600">
                {field.label}
              </label>
              {field.kind === 'number' ? (
                <input {...common} type="number" inputMode="decimal" step={field.step ?? 'any'} />
              ) : (
                <select {...common}>
                  {field.optional && <option value="">Any</option>}
                  {field.kind === 'connector' ? (
                    <>
                      {field.allowZero && <option value="0">0 · whole charger</option>}
                      {connectors.map((c) => (
                        <option key={c.connectorId} value={c.connectorId}>
                          {c.label}
                        </option>
                      ))}
                    </>
                  ) : (
                    field.options?.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))
                  )}
                </select>
              )}
              {error ? (
                <p id={`${inputId}-error`} className="mt-0.5 text-xs text-red-700">
                  {error}
                </p>
              ) : (
                field.hint && <p className="mt-0.5 text-xs text-slate-500">{field.hint}</p>
              )}
            </div>
          );
        })}
      </div>
      {children}
      {otherErrors.length > 0 && (
        <ul role="alert" className="text-xs text-red-700">
          {otherErrors.map(([key, message]) => (
            <li key={key}>
              <span className="font-mono">{key}</span>: {message}
            </li>
          ))}
        </ul>
      )}
      <div>
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? 'Sending…' : submitLabel}
        </button>
      </div>
      <SmartChargingResult state={state} />
    </form>
  );
}
