import type { alerts } from '@/db/schema';

type TAlertRow = typeof alerts.$inferSelect;

/** An operator's broadcast as drivers get it. Empty siteIds and stationIds: for everyone. */
export interface TAlert {
  id: string;
  title: string;
  message: string;
  severity: TAlertRow['severity'];
  effectiveAt: string;
  expiresAt: string | null;
  siteIds: string[];
  stationIds: string[];
}

/** Where an alert stands at a moment: shown now, later, or no more. */
export type TAlertState = 'active' | 'scheduled' | 'expired';

/** The operator's view: the alert plus its state and who wrote it when. */
export interface TOperatorAlert extends TAlert {
  state: TAlertState;
  createdBy: string | null;
  createdAt: string;
}

export function alertStateAt(row: Pick<TAlertRow, 'effectiveAt' | 'expiresAt'>, now: Date) {
  if (row.effectiveAt > now) return 'scheduled';
  if (row.expiresAt && row.expiresAt <= now) return 'expired';
  return 'active';
}

export function toAlert(row: TAlertRow): TAlert {
  return {
    id: row.id,
    title: row.title,
    message: row.message,
    severity: row.severity,
    effectiveAt: row.effectiveAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    siteIds: row.siteIds,
    stationIds: row.stationIds,
  };
}

export function toOperatorAlert(row: TAlertRow, now: Date = new Date()): TOperatorAlert {
  return {
    ...toAlert(row),
    state: alertStateAt(row, now),
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}
