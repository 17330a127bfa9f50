import { and, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { connectors, sessions, sites, stations } from '@/db/schema';
import { ApiError } from '@/lib/api/api-error';
import { webConfig } from '@/lib/config/web';
import { getSessionEnergyWh } from '@/lib/sessions/get-session-energy-wh';
import { sessionsVisibleTo, type TSessionViewer } from '@/lib/sessions/session-scope';
import { describeCostLine } from './describe-cost-line';

/** Everything a receipt prints; times are ISO instants, shown in `timeZone` (the site's). */
export interface TReceipt {
  operatorName: string;
  sessionId: string;
  transactionId: number | null;
  status: 'COMPLETED' | 'STOPPED' | 'FAILED';
  site: {
    name: string;
    address: string;
    postalCode: string | null;
    city: string;
    country: string;
  } | null;
  station: { name: string; identity: string };
  connector: { connectorId: number; type: string | null };
  timeZone: string;
  startedAt: string;
  stoppedAt: string | null;
  energyWh: number;
  /** Net of VAT, in minor units of `currency`, in the order the tariff engine wrote them. */
  lines: {
    kind: 'energy' | 'time' | 'session' | 'idle';
    label: string;
    quantity: string;
    amount: number;
  }[];
  subtotal: number;
  vat: number;
  vatBasisPoints: number;
  total: number;
  /** Null when no tariff applied (free charging): the receipt then totals 0. */
  currency: string | null;
  issuedAt: string;
}

const FINISHED = new Set(['COMPLETED', 'STOPPED', 'FAILED']);

/**
 * The receipt of a finished session the viewer may see (a driver: their own), or null when there
 * is no such session. A session that is not over, never started charging, or whose final cost
 * is still missing is a 409: a receipt is only issued for a final amount. A session charged
 * without any tariff gets a receipt totalling 0 (proof of the energy, nothing to pay).
 */
export async function getReceipt(
  db: Executor,
  options: { sessionId: string; viewer: TSessionViewer; now?: Date },
): Promise<TReceipt | null> {
  const [row] = await db
    .select({
      session: sessions,
      station: { name: stations.name, identity: stations.identity },
      site: {
        name: sites.name,
        address: sites.address,
        postalCode: sites.postalCode,
        city: sites.city,
        country: sites.country,
        timeZone: sites.timeZone,
      },
      connectorType: connectors.type,
    })
    .from(sessions)
    .innerJoin(stations, eq(stations.id, sessions.stationId))
    .leftJoin(sites, eq(sites.id, stations.siteId))
    .leftJoin(
      connectors,
      and(
        eq(connectors.stationId, sessions.stationId),
        eq(connectors.connectorId, sessions.connectorId),
      ),
    )
    .where(and(eq(sessions.id, options.sessionId), sessionsVisibleTo(options.viewer)));
  if (!row) return null;
  const { session } = row;
  if (!FINISHED.has(session.status) || !session.startedAt) {
    throw new ApiError(
      'conflict',
      `No receipt: the session is ${session.status}, not finished charging`,
    );
  }
  const snapshot = session.tariffSnapshot;
  const cost = session.costBreakdown;
  if (snapshot && !cost)
    throw new ApiError('conflict', 'No receipt yet: the final cost is not known');
  const { timeZone: siteZone, ...site } = row.site ?? { timeZone: null, name: null };
  return {
    operatorName: webConfig().OPERATOR_NAME,
    sessionId: session.id,
    transactionId: session.transactionId,
    status: session.status as TReceipt['status'],
    site: site.name === null ? null : site,
    station: row.station,
    connector: { connectorId: session.connectorId, type: row.connectorType },
    timeZone: siteZone ?? snapshot?.timeZone ?? 'UTC',
    startedAt: session.startedAt.toISOString(),
    stoppedAt: session.stoppedAt?.toISOString() ?? null,
    energyWh: cost?.energyWh ?? getSessionEnergyWh(session),
    lines: (cost?.lines ?? []).map((line) => ({
      kind: line.kind,
      ...describeCostLine(line, snapshot),
      amount: line.amount,
    })),
    subtotal: cost?.subtotal ?? 0,
    vat: cost?.vat ?? 0,
    vatBasisPoints: snapshot?.vatBasisPoints ?? 0,
    total: cost?.total ?? 0,
    currency: cost?.currency ?? session.currency ?? null,
    issuedAt: (options.now ?? new Date()).toISOString(),
  };
}
