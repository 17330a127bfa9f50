import { z } from 'zod';
import { decodeCursor } from '@/lib/api/cursor';
import { ZAnomalyCursor, type TAnomalyCursor } from '@/lib/anomalies/list-anomalies';

/** A query-string value; repeated keys keep the first, blanks mean "not set". */
function firstValue(value: unknown): unknown {
  const first: unknown = Array.isArray(value) ? (value as unknown[])[0] : value;
  return first === '' ? undefined : first;
}

const ZParam = z.preprocess(firstValue, z.string().max(200).optional());

/**
 * The data-quality page's URL state. Anything malformed is dropped rather than failing the
 * page: a hand-edited link shows the unfiltered list instead of an error.
 */
export const ZAnomalySearch = z.object({
  kind: ZParam.catch(undefined),
  station: z.preprocess(firstValue, z.uuid().optional()).catch(undefined),
  cursor: ZParam.catch(undefined),
});
export type TAnomalySearch = z.infer<typeof ZAnomalySearch>;

/** A cursor that does not decode starts from the newest anomaly again. */
export function parseAnomalyCursor(raw: string | undefined): TAnomalyCursor | undefined {
  try {
    return decodeCursor(ZAnomalyCursor, raw);
  } catch {
    return undefined;
  }
}

export function anomalySearchHref(search: TAnomalySearch): string {
  const params = new URLSearchParams();
  if (search.kind) params.set('kind', search.kind);
  if (search.station) params.set('station', search.station);
  if (search.cursor) params.set('cursor', search.cursor);
  const query = params.toString();
  return query ? `/admin/data-quality?${query}` : '/admin/data-quality';
}
