'use client';

import { useEffect, useState } from 'react';
import { formatDuration } from './session-format';

/**
 * Time since the session started, ticking every second while it runs: a clock in the browser,
 * no requests. A finished session shows its fixed length.
 */
export function ElapsedClock({
  startedAt,
  stoppedAt,
}: {
  startedAt: string;
  stoppedAt: string | null;
}) {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    if (stoppedAt) return;
    const tick = () => setNow(Date.now());
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [stoppedAt]);
  const end = stoppedAt ? Date.parse(stoppedAt) : now;
  if (end === null) return <span>—</span>;
  return (
    <time dateTime={`PT${Math.max(0, Math.floor((end - Date.parse(startedAt)) / 1000))}S`}>
      {formatDuration((end - Date.parse(startedAt)) / 1000)}
    </time>
  );
}
