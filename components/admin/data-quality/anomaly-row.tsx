import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { formatTimestamp } from '@/components/ui/format';
import type { TAnomaly } from '@/lib/anomalies/list-anomalies';
import { anomalyKindTitle } from './anomaly-kind-title';

export function AnomalyRow({ anomaly }: { anomaly: TAnomaly }) {
  return (
    <li className="py-3 text-sm" data-testid="anomaly" data-kind={anomaly.kind}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <time dateTime={anomaly.createdAt} className="font-mono text-xs text-slate-500">
          {formatTimestamp(anomaly.createdAt)}
        </time>
        <Badge tone="amber" title={anomalyKindTitle(anomaly.kind)}>
          {anomaly.kind}
        </Badge>
        {anomaly.station ? (
          <Link
            href={`/admin/stations/${anomaly.station.id}`}
            className="text-brand-700 font-medium hover:underline"
          >
            {anomaly.station.name}{' '}
            <span className="font-mono text-xs text-slate-500">{anomaly.station.identity}</span>
          </Link>
        ) : (
          <span className="text-slate-500">Unknown station</span>
        )}
      </div>
      <p className="mt-1 font-medium text-slate-800">{anomalyKindTitle(anomaly.kind)}</p>
      <p className="text-slate-700">{anomaly.message}</p>
      {anomaly.details !== null && (
        <details className="mt-1">
          <summary className="cursor-pointer text-xs text-slate-500">Details</summary>
          <pre className="mt-1 max-h-60 overflow-auto rounded-lg bg-slate-900 p-3 text-xs text-slate-100">
            {JSON.stringify(anomaly.details, null, 2)}
          </pre>
        </details>
      )}
    </li>
  );
}
