'use client';

import { useState } from 'react';
import { FieldError, inputClass } from './field-error';
import type { TStationFieldErrors } from './station-form-state';

interface TRow {
  key: number;
}

/** Connector rows posted as `connectors.{i}.connectorId|type|maxPowerKw`; add and remove rows. */
export function ConnectorRows(props: { types: readonly string[]; errors: TStationFieldErrors }) {
  const [rows, setRows] = useState<TRow[]>([{ key: 0 }]);
  const [nextKey, setNextKey] = useState(1);
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-700">Connectors</legend>
      {props.errors.connectors && <p className="text-xs text-red-700">{props.errors.connectors}</p>}
      {rows.map((row, index) => {
        const field = (name: string) => `connectors.${index}.${name}`;
        const error = (name: string) => props.errors[field(name)];
        const describedBy = (name: string) => (error(name) ? `${field(name)}-error` : undefined);
        return (
          <div
            key={row.key}
            role="group"
            aria-label={`Connector row ${index + 1}`}
            className="flex flex-wrap items-start gap-2"
          >
            <label className="flex flex-col gap-1 text-xs text-slate-600">
              Number
              <input
                name={field('connectorId')}
                type="number"
                min={1}
                defaultValue={index + 1}
                aria-invalid={Boolean(error('connectorId'))}
                aria-describedby={describedBy('connectorId')}
                className={`${inputClass} w-20`}
              />
              <FieldError id={`${field('connectorId')}-error`} message={error('connectorId')} />
            </label>
            <label className="flex flex-col gap-1 text-xs text-slate-600">
              Type
              <select
                name={field('type')}
                defaultValue="Type2"
                aria-invalid={Boolean(error('type'))}
                aria-describedby={describedBy('type')}
                className={inputClass}
              >
                {props.types.map((t) => (
                  <option key={t}>{t}</option>
                ))}
              </select>
              <FieldError id={`${field('type')}-error`} message={error('type')} />
            </label>
            <label className="flex flex-col gap-1 text-xs text-slate-600">
              Max power (kW)
              <input
                name={field('maxPowerKw')}
                type="number"
                min={0}
                step="any"
                defaultValue={22}
                aria-invalid={Boolean(error('maxPowerW'))}
                aria-describedby={error('maxPowerW') ? `${field('maxPowerW')}-error` : undefined}
                className={`${inputClass} w-28`}
              />
              <FieldError id={`${field('maxPowerW')}-error`} message={error('maxPowerW')} />
            </label>
            <button
              type="button"
              onClick={() => setRows(rows.filter((r) => r.key !== row.key))}
              className="mt-5 rounded-lg px-2 py-1.5 text-xs text-slate-600 hover:bg-slate-100"
            >
              Remove
            </button>
          </div>
        );
      })}
      <button
        type="button"
        onClick={() => {
          setRows([...rows, { key: nextKey }]);
          setNextKey(nextKey + 1);
        }}
        className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50"
      >
        Add connector
      </button>
    </fieldset>
  );
}
