'use client';

import { useState, useSyncExternalStore } from 'react';
import type { alerts } from '@/db/schema';
import { dismissAlert, readDismissedAlerts, subscribeDismissedAlerts } from './dismissed-alerts';

export type TBannerAlert = Pick<
  typeof alerts.$inferSelect,
  'id' | 'title' | 'message' | 'severity'
>;

const SEVERITY_CLASSES: Record<TBannerAlert['severity'], string> = {
  INFO: 'border-sky-200 bg-sky-50 text-sky-900',
  WARN: 'border-amber-300 bg-amber-50 text-amber-900',
  CRITICAL: 'border-red-300 bg-red-50 text-red-900',
};

const SEVERITY_LABEL: Record<TBannerAlert['severity'], string> = {
  INFO: 'Information',
  WARN: 'Warning',
  CRITICAL: 'Critical',
};

/** Operator alerts in effect, one banner each; a driver can close one for this browser session. */
export function AlertBanners({ alerts }: { alerts: TBannerAlert[] }) {
  const dismissed = useSyncExternalStore(subscribeDismissedAlerts, readDismissedAlerts, () => '');
  // Hidden at once on click, even if sessionStorage refuses the write.
  const [closed, setClosed] = useState<string[]>([]);
  const hidden = new Set([...dismissed.split(','), ...closed]);
  const shown = alerts.filter((alert) => !hidden.has(alert.id));
  if (shown.length === 0) return null;
  return (
    <section aria-label="Alerts" className="mx-auto max-w-6xl space-y-2 px-4 pt-4">
      {shown.map((alert) => (
        <div
          key={alert.id}
          role={alert.severity === 'CRITICAL' ? 'alert' : 'status'}
          data-testid="alert-banner"
          data-severity={alert.severity}
          className={`flex items-start justify-between gap-3 rounded-xl border p-3 text-sm ${SEVERITY_CLASSES[alert.severity]}`}
        >
          <div className="min-w-0">
            <p className="font-semibold">
              <span className="sr-only">{SEVERITY_LABEL[alert.severity]}: </span>
              {alert.title}
            </p>
            <p className="mt-0.5 whitespace-pre-line">{alert.message}</p>
          </div>
          <button
            type="button"
            onClick={() => {
              setClosed((ids) => [...ids, alert.id]);
              dismissAlert(alert.id);
            }}
            className="shrink-0 rounded-md px-2 py-1 text-xs font-medium underline-offset-2 hover:underline"
            aria-label={`Dismiss alert: ${alert.title}`}
          >
            Dismiss
          </button>
        </div>
      ))}
    </section>
  );
}
