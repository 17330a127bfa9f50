import { and, asc, desc, inArray } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { connectors, sessions } from '@/db/schema';
import {
  getSessionEnergyWh,
  IN_PROGRESS_SESSION_STATUSES,
} from '@/lib/sessions/get-session-energy-wh';

type TConnectorRow = typeof connectors.$inferSelect;
type TSessionRow = typeof sessions.$inferSelect;

export interface TCurrentSession {
  id: string;
  transactionId: number | null;
  status: TSessionRow['status'];
  startedAt: string | null;
  energyWh: number;
  powerW: number | null;
  socPercent: number | null;
}

export interface TConsoleConnector {
  connectorId: number;
  type: TConnectorRow['type'];
  maxPowerW: number | null;
  status: TConnectorRow['status'];
  errorCode: string;
  info: string | null;
  statusAt: string | null;
  currentSession: TCurrentSession | null;
}

export function toCurrentSession(row: TSessionRow): TCurrentSession {
  return {
    id: row.id,
    transactionId: row.transactionId,
    status: row.status,
    startedAt: row.startedAt?.toISOString() ?? null,
    energyWh: getSessionEnergyWh(row),
    powerW: row.lastPowerW,
    socPercent: row.socPercent,
  };
}

/** Connectors of the given stations, each with its in-progress session, keyed by station id. */
export async function listConnectorsWithSessions(
  db: Executor,
  stationIds: string[],
): Promise<Map<string, TConsoleConnector[]>> {
  const byStation = new Map<string, TConsoleConnector[]>();
  if (stationIds.length === 0) return byStation;
  const [connectorRows, sessionRows] = await Promise.all([
    db
      .select()
      .from(connectors)
      .where(inArray(connectors.stationId, stationIds))
      .orderBy(asc(connectors.stationId), asc(connectors.connectorId)),
    db
      .select()
      .from(sessions)
      .where(
        and(
          inArray(sessions.stationId, stationIds),
          inArray(sessions.status, [...IN_PROGRESS_SESSION_STATUSES]),
        ),
      )
      .orderBy(desc(sessions.createdAt)),
  ]);
  const current = new Map<string, TSessionRow>();
  for (const row of sessionRows) {
    const key = `${row.stationId}:${row.connectorId}`;
    if (!current.has(key)) current.set(key, row); // newest first: keep the latest
  }
  for (const c of connectorRows) {
    const session = current.get(`${c.stationId}:${c.connectorId}`);
    const list = byStation.get(c.stationId) ?? [];
    list.push({
      connectorId: c.connectorId,
      type: c.type,
      maxPowerW: c.maxPowerW,
      status: c.status,
      errorCode: c.errorCode,
      info: c.info,
      statusAt: c.statusAt?.toISOString() ?? null,
      currentSession: session ? toCurrentSession(session) : null,
    });
    byStation.set(c.stationId, list);
  }
  return byStation;
}
