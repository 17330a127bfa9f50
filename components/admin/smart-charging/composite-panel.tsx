'use client';

import { useId, useState } from 'react';
import useSWR from 'swr';
import { useRevalidateOnEvents } from '@/components/hooks/use-revalidate-on-events';
import { fetcher, type FetchError } from '@/components/hooks/fetcher';
import { SeriesChart } from '@/components/ui/charts/series-chart';
import type { TChartPoint } from '@/components/ui/charts/line-chart';
import type { TChargingSchedule } from '@/lib/smart-charging/charging-profile';
import { ConnectorPicker } from './connector-picker';
import { inputClass, type TConnectorOption } from './smart-charging-form';

interface TCompositeAnswer {
  source: 'local' | 'station';
  scheduleStart: string;
  chargingSchedule: TChargingSchedule;
}

const DURATIONS = [
  { value: 3600, label: '1 hour' },
  { value: 6 * 3600, label: '6 hours' },
  { value: 86_400, label: '24 hours' },
];

/** A schedule as a step line in kW: each period holds its limit until the next one starts. */
export function scheduleSteps(answer: TCompositeAnswer, durationS: number): TChartPoint[] {
  const start = Date.parse(answer.scheduleStart);
  const periods = answer.chargingSchedule.chargingSchedulePeriod;
  const end = start + (answer.chargingSchedule.duration ?? durationS) * 1000;
  const points: TChartPoint[] = [];
  periods.forEach((period, i) => {
    const from = start + period.startPeriod * 1000;
    const next = periods[i + 1];
    const to = next ? start + next.startPeriod * 1000 : end;
    const kw =
      answer.chargingSchedule.chargingRateUnit === 'W' ? period.limit / 1000 : period.limit;
    points.push({ x: from, y: kw }, { x: to, y: kw });
  });
  return points;
}

function compositeKey(stationId: string, connectorId: number, durationS: number, source: string) {
  return `/api/v1/stations/${stationId}/composite-schedule?connectorId=${connectorId}&duration=${durationS}&chargingRateUnit=W&source=${source}`;
}

/**
 * The composite schedule as Chargedeck computes it from the installed profiles, beside the one
 * the charger reports (GetCompositeSchedule, asked on demand: each ask is a command).
 */
export function CompositePanel({
  stationId,
  connectors,
}: {
  stationId: string;
  connectors: TConnectorOption[];
}) {
  const id = useId();
  const [connectorId, setConnectorId] = useState(connectors[0]?.connectorId ?? 0);
  const [durationS, setDurationS] = useState(DURATIONS[0]!.value);
  const [askedAt, setAskedAt] = useState<number | null>(null);
  const local = useSWR<TCompositeAnswer, FetchError>(
    compositeKey(stationId, connectorId, durationS, 'local'),
    fetcher,
  );
  const charger = useSWR<TCompositeAnswer, FetchError>(
    askedAt === null ? null : [compositeKey(stationId, connectorId, durationS, 'station'), askedAt],
    ([url]: [string]) => fetcher<TCompositeAnswer>(url),
    { revalidateOnFocus: false, revalidateIfStale: false },
  );
  useRevalidateOnEvents(
    { stationId, types: ['command.completed', 'session.started', 'session.stopped'] },
    () => local.mutate(),
  );
  const series = [
    {
      label: 'Chargedeck (computed)',
      points: local.data ? scheduleSteps(local.data, durationS) : [],
      stroke: 'stroke-brand-600',
    },
    {
      label: 'Charger (GetCompositeSchedule)',
      points: charger.data ? scheduleSteps(charger.data, durationS) : [],
      stroke: 'stroke-amber-500',
      dashed: true,
    },
  ];
  return (
    <div className="space-y-2" data-testid="composite-panel">
      <div className="flex flex-wrap items-end gap-2">
        <ConnectorPicker
          id={`${id}-connector`}
          value={connectorId}
          onChange={(value) => {
            setConnectorId(value);
            setAskedAt(null);
          }}
          connectors={connectors}
        />
        <div>
          <label htmlFor={`${id}-duration`} className="text-xs font-medium text-slate-600">
            Window
          </label>
          <select
            id={`${id}-duration`}
            value={durationS}
            onChange={(e) => {
              setDurationS(Number(e.target.value));
              setAskedAt(null);
            }}
            className={inputClass}
          >
            {DURATIONS.map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          onClick={() => setAskedAt(Date.now())}
          disabled={charger.isLoading}
          className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50 disabled:opacity-60"
        >
          {charger.isLoading ? 'Asking the charger…' : 'Ask the charger'}
        </button>
      </div>
      <SeriesChart
        series={series}
        label="Composite schedule"
        unit="kW"
        timeZone={Intl.DateTimeFormat().resolvedOptions().timeZone}
        emptyText={local.isLoading ? 'Computing…' : 'No schedule.'}
      />
      {local.error && (
        <p role="alert" className="text-xs text-red-700">
          Could not compute the schedule: {local.error.message}
        </p>
      )}
      {charger.error && (
        <p role="alert" className="text-xs text-red-700">
          The charger did not give its schedule: {charger.error.message}
        </p>
      )}
      <PeriodsTable local={local.data} charger={charger.data} />
    </div>
  );
}

function PeriodsTable({
  local,
  charger,
}: {
  local?: TCompositeAnswer;
  charger?: TCompositeAnswer;
}) {
  if (!local) return null;
  const row = (answer: TCompositeAnswer | undefined) =>
    answer?.chargingSchedule.chargingSchedulePeriod
      .map((p) => `${formatOffset(p.startPeriod)} ${(p.limit / 1000).toFixed(1)} kW`)
      .join(' → ') ?? '—';
  return (
    <dl className="grid gap-1 text-xs sm:grid-cols-[auto_1fr]">
      <dt className="font-medium text-slate-600">Computed</dt>
      <dd data-testid="composite-local" className="font-mono">
        {row(local)}
      </dd>
      <dt className="font-medium text-slate-600">Charger</dt>
      <dd data-testid="composite-station" className="font-mono">
        {charger ? row(charger) : 'not asked yet'}
      </dd>
    </dl>
  );
}

function formatOffset(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return `+${h}:${String(m).padStart(2, '0')}`;
}
