import type { TAnalyticsRange } from '@/lib/analytics/analytics-range';
import type { TAnalyticsExportKind } from '@/lib/analytics/to-analytics-csv';

/** A download link for one chart's numbers, with the page's range and site. */
export function CsvLink({ kind, range }: { kind: TAnalyticsExportKind; range: TAnalyticsRange }) {
  const query = new URLSearchParams({
    kind,
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    ...(range.siteId ? { siteId: range.siteId } : {}),
  });
  return (
    <a
      href={`/api/v1/analytics/export?${query.toString()}`}
      download
      className="text-brand-700 text-sm hover:underline"
      data-testid={`csv-${kind}`}
    >
      Download CSV
    </a>
  );
}

/** A titled card with its CSV link in the corner. */
export function ChartCard({
  title,
  kind,
  range,
  children,
}: {
  title: string;
  kind: TAnalyticsExportKind;
  range: TAnalyticsRange;
  children: React.ReactNode;
}) {
  return (
    <section
      aria-label={title}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="mb-2 flex items-baseline justify-between gap-2">
        <h2 className="font-semibold">{title}</h2>
        <CsvLink kind={kind} range={range} />
      </div>
      {children}
    </section>
  );
}
