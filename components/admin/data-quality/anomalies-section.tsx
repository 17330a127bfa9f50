import Link from 'next/link';
import { listAnomalies } from '@/lib/anomalies/list-anomalies';
import { listAnomalyFacets } from '@/lib/anomalies/list-anomaly-facets';
import { getDb } from '@/lib/db';
import { AnomalyFilter } from './anomaly-filter';
import { AnomalyRow } from './anomaly-row';
import { anomalySearchHref, parseAnomalyCursor, type TAnomalySearch } from './anomaly-search';

export const ANOMALIES_PAGE_SIZE = 50;

const linkClass =
  'rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50';

export async function AnomaliesSection({ search }: { search: TAnomalySearch }) {
  const db = getDb();
  const [page, facets] = await Promise.all([
    listAnomalies(db, {
      kind: search.kind,
      stationId: search.station,
      cursor: parseAnomalyCursor(search.cursor),
      limit: ANOMALIES_PAGE_SIZE,
    }),
    listAnomalyFacets(db),
  ]);
  const filtered = Boolean(search.kind || search.station);
  return (
    <section
      aria-labelledby="anomalies-heading"
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="anomalies-heading" className="font-semibold">
          Anomalies
        </h2>
        <AnomalyFilter search={search} facets={facets} />
      </div>
      {page.items.length === 0 ? (
        <p className="text-sm text-slate-500">
          {filtered ? 'No anomalies match these filters.' : 'No anomalies recorded. All clear.'}
        </p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="anomalies">
          {page.items.map((anomaly) => (
            <AnomalyRow key={anomaly.id} anomaly={anomaly} />
          ))}
        </ul>
      )}
      <nav aria-label="Pages" className="flex flex-wrap gap-2">
        {search.cursor && (
          <Link href={anomalySearchHref({ ...search, cursor: undefined })} className={linkClass}>
            ← Newest
          </Link>
        )}
        {page.nextCursor && (
          <Link
            href={anomalySearchHref({ ...search, cursor: page.nextCursor })}
            className={linkClass}
          >
            Older anomalies →
          </Link>
        )}
      </nav>
    </section>
  );
}
