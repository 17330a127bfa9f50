'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';

type TLocateState = 'idle' | 'locating' | 'denied' | 'unavailable';

/**
 * Distance from the driver: the browser's position (rounded to ~100 m) goes into the URL as
 * `near`. Asked for on click; used at once when the driver already allowed it earlier.
 */
export function LocateMe() {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [state, setState] = useState<TLocateState>('idle');
  const hasOrigin = params.has('near') || params.has('from');

  function locate() {
    if (!('geolocation' in navigator)) {
      setState('unavailable');
      return;
    }
    setState('locating');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        const next = new URLSearchParams(params);
        next.set('near', `${coords.latitude.toFixed(3)},${coords.longitude.toFixed(3)}`);
        next.delete('from');
        setState('idle');
        router.replace(`${pathname}?${next.toString()}`, { scroll: false });
      },
      (error) => setState(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable'),
      { maximumAge: 300_000, timeout: 10_000 },
    );
  }

  useEffect(() => {
    if (hasOrigin || !navigator.permissions) return;
    let cancelled = false;
    navigator.permissions
      .query({ name: 'geolocation' })
      .then((status) => {
        if (!cancelled && status.state === 'granted') locate();
      })
      .catch(() => {});
    return () => {
      cancelled = true;
    };
    // Only on arrival: a later click asks again explicitly.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <button
        type="button"
        onClick={locate}
        disabled={state === 'locating'}
        className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60"
      >
        {state === 'locating'
          ? 'Locating…'
          : params.has('near')
            ? 'Update my location'
            : 'Use my location'}
      </button>
      {(state === 'denied' || state === 'unavailable') && (
        <p role="status" className="text-slate-600">
          {state === 'denied' ? 'Location not allowed' : 'Location unavailable'}: choose a city
          under “Distance from”.
        </p>
      )}
    </div>
  );
}
