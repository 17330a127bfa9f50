'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';

const COOKIE = 'chargedeck-tz';

/**
 * Tells the server the browser's time zone (a cookie) and re-renders once if the page was
 * drawn in another zone, so months and times match the driver's clock.
 */
export function TimeZoneCookie({
  rendered,
  explicit = false,
}: {
  rendered: string;
  explicit?: boolean;
}) {
  const router = useRouter();
  const refreshed = useRef(false);
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone) return;
    // IANA names are cookie-safe as they are (letters, digits, / _ + -).
    document.cookie = `${COOKIE}=${zone}; path=/; max-age=31536000; samesite=lax`;
    // A zone given in the URL (?tz=) is the driver's choice: keep it.
    if (zone === rendered || explicit || refreshed.current) return;
    refreshed.current = true;
    router.refresh();
  }, [rendered, explicit, router]);
  return null;
}
