import { and, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sessions } from '@/db/schema';
import type { TCostBreakdown } from '@/db/schema/sessions';
import { priceSessionById } from '@/lib/billing/price-session-by-id';
import { getQueuePosition, type TQueuePosition } from './estimate-queue';
import { selectSessionItems, toSessionListItem, type TSessionListItem } from './session-read-item';
import {
  listSessionCommands,
  listSessionMeterValues,
  type TSessionCommand,
  type TSessionMeterValue,
} from './session-read-records';
import { sessionsVisibleTo, type TSessionViewer } from './session-scope';

export interface TSessionDetail extends TSessionListItem {
  approvedAt: string | null;
  expiresAt: string | null;
  chargingEndedAt: string | null;
  chargerStoppedAt: string | null;
  socPercent: number | null;
  lastPowerW: number | null;
  lastMeterWh: number | null;
  /** The final receipt once finalised; the live cost while charging; null when no tariff. */
  cost: TCostBreakdown | null;
  meterValues: TSessionMeterValue[];
  meterValuesTruncated: boolean;
  commands: TSessionCommand[];
  /** Place in the connector's queue while the request waits in it. */
  queue: TQueuePosition | null;
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

/**
 * One session with its meter series, cost, commands and queue place, or null when it does not
 * exist or the viewer may not see it (another driver's session).
 */
export async function getSessionDetail(
  db: Executor,
  options: { id: string; viewer: TSessionViewer; now?: Date },
): Promise<TSessionDetail | null> {
  const now = options.now ?? new Date();
  const [row] = await selectSessionItems(db).where(
    and(eq(sessions.id, options.id), sessionsVisibleTo(options.viewer)),
  );
  if (!row) return null;
  const { session } = row;
  const running = session.status === 'CHARGING' && session.costBreakdown === null;
  const waiting = session.status === 'PENDING' && session.queuedAt !== null;
  const [meter, commandRows, live, queue] = await Promise.all([
    listSessionMeterValues(db, session.id),
    listSessionCommands(db, session.id),
    running ? priceSessionById(db, session.id, now) : null,
    waiting ? getQueuePosition(db, session.id, now) : null,
  ]);
  const item = toSessionListItem(row);
  return {
    ...item,
    costMinor: item.costMinor ?? live?.total ?? null,
    currency: session.currency ?? live?.currency ?? item.currency,
    approvedAt: iso(session.approvedAt),
    expiresAt: iso(session.expiresAt),
    chargingEndedAt: iso(session.chargingEndedAt),
    chargerStoppedAt: iso(session.chargerStoppedAt),
    socPercent: session.socPercent,
    lastPowerW: session.lastPowerW,
    lastMeterWh: session.lastMeterWh,
    cost: session.costBreakdown ?? live,
    meterValues: meter.items,
    meterValuesTruncated: meter.truncated,
    commands: commandRows,
    queue,
  };
}
