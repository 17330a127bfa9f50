/**
 * Answer latencies at 0.1 ms resolution up to 60 s (the last bucket holds anything slower).
 * Workers send theirs to the parent as [bucket, count] pairs, so percentiles cover every
 * answer without shipping millions of samples over IPC.
 */
const RESOLUTION_MS = 0.1;
const BUCKETS = 600_000;

export type SparseHistogram = [number, number][];

export function createHistogram() {
  const counts = new Uint32Array(BUCKETS);
  return {
    record(ms: number): void {
      const bucket = Math.min(BUCKETS - 1, Math.max(0, Math.floor(ms / RESOLUTION_MS)));
      counts[bucket] = (counts[bucket] ?? 0) + 1;
    },
    toSparse(): SparseHistogram {
      const sparse: SparseHistogram = [];
      counts.forEach((count, bucket) => {
        if (count > 0) sparse.push([bucket, count]);
      });
      return sparse;
    },
  };
}

/** Nearest-rank percentile (upper edge of the bucket) of merged histograms; 0 when empty. */
export function percentileOf(histograms: SparseHistogram[], p: number): number {
  const merged = new Map<number, number>();
  for (const histogram of histograms) {
    for (const [bucket, count] of histogram) merged.set(bucket, (merged.get(bucket) ?? 0) + count);
  }
  const total = [...merged.values()].reduce((sum, count) => sum + count, 0);
  if (total === 0) return 0;
  const rank = Math.max(1, Math.ceil((p / 100) * total));
  let seen = 0;
  for (const bucket of [...merged.keys()].sort((a, b) => a - b)) {
    seen += merged.get(bucket) ?? 0;
    if (seen >= rank) return (bucket + 1) * RESOLUTION_MS;
  }
  return BUCKETS * RESOLUTION_MS;
}
