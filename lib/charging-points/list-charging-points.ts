import type { Executor } from '@/db/client';
import { describeTariff } from '@/lib/billing/describe-tariff';
import { estimateQueueWait } from '@/lib/sessions/estimate-queue';
import type {
  TChargingPoint,
  TChargingPointConnector,
  TChargingPointFilters,
  TChargingPointStatus,
} from './charging-point';
import { haversineKm } from './haversine-km';
import { loadQueueStats, connectorKey, type TQueueStats } from './queue-stats';
import { loadStationRows, type TStationRow } from './load-station-rows';

/** Connector states in which nobody can charge there. */
const OUT_OF_ORDER = new Set<string>(['Faulted', 'Unavailable']);

interface TStationGroup {
  rows: TStationRow[];
}

/**
 * The public charging points, one per accepted station, with live status, queues, waits and
 * gross price. Online stations first, then by distance from `near` when given, else by site and
 * name. Set-based: a fixed handful of queries whatever the number of stations.
 */
export async function listChargingPoints(
  db: Executor,
  filters: TChargingPointFilters = {},
  now: Date = new Date(),
): Promise<TChargingPoint[]> {
  const rows = await loadStationRows(db, filters);
  const groups = new Map<string, TStationGroup>();
  for (const row of rows) {
    const group = groups.get(row.station.id) ?? { rows: [] };
    group.rows.push(row);
    groups.set(row.station.id, group);
  }
  const stats = await loadQueueStats(db, [...groups.keys()], now);
  const points = [...groups.values()].map((g) => toChargingPoint(g.rows, stats, filters));
  const shown = filters.onlyAvailable ? points.filter((p) => p.status === 'free') : points;
  if (!filters.near) return shown;
  const online = (p: TChargingPoint) => (p.status === 'offline' ? 1 : 0);
  // Stable sort: stations without a site keep their order after the located ones.
  return shown.sort(
    (a, b) =>
      online(a) - online(b) ||
      (a.distanceKm ?? Number.POSITIVE_INFINITY) - (b.distanceKm ?? Number.POSITIVE_INFINITY),
  );
}

function toChargingPoint(
  rows: TStationRow[],
  stats: TQueueStats,
  filters: TChargingPointFilters,
): TChargingPoint {
  const { station, site, ownTariff, siteTariff, isFavorite } = rows[0]!;
  const online = station.connectionState === 'online';
  const typicalSeconds = stats.typicalSecondsOf(station.id);
  const connectors: (TChargingPointConnector & { free: boolean })[] = [];
  let lastUpdated = station.lastSeenAt?.getTime() ?? null;
  for (const { connector } of rows) {
    if (!connector) continue;
    const queue = stats.connectors.get(connectorKey(station.id, connector.connectorId));
    const queueLength = queue?.queueLength ?? 0;
    const free =
      online && connector.status === 'Available' && !queue?.occupant && queueLength === 0;
    // A busy connector with no session of ours (say, a local RFID start) holds for a typical one.
    const occupant =
      queue?.occupant ??
      (connector.status === 'Available'
        ? null
        : { elapsedSeconds: 0, socPercent: null, batteryCapacityWh: null, lastPowerW: null });
    const wait = free
      ? 0
      : estimateQueueWait({ ahead: queueLength, typicalSeconds, occupant }).estimatedWaitSeconds;
    connectors.push({
      id: connector.id,
      connectorId: connector.connectorId,
      type: connector.type,
      maxPowerW: connector.maxPowerW,
      status: online ? connector.status : 'Offline',
      queueLength,
      estimatedWaitSeconds: wait,
      free,
    });
    const at = connector.statusAt?.getTime() ?? null;
    if (at !== null && (lastUpdated === null || at > lastUpdated)) lastUpdated = at;
  }
  const usable = connectors.filter((c) => !OUT_OF_ORDER.has(c.status) && c.status !== 'Offline');
  const status = statusOf(online, station.status, connectors);
  const tariff = [ownTariff, siteTariff].find((t) => t?.active) ?? null;
  const powers = connectors.map((c) => c.maxPowerW).filter((p): p is number => p !== null);
  return {
    id: station.id,
    name: station.name,
    site,
    status,
    connectors: connectors.map(({ free: _free, ...c }) => c),
    maxPowerKw: powers.length > 0 ? Math.max(...powers) / 1000 : null,
    price: tariff
      ? {
          currency: tariff.currency,
          summary: describeTariff(tariff, site?.timeZone ?? 'UTC').summary,
        }
      : null,
    distanceKm:
      filters.near && site
        ? Math.round(haversineKm(filters.near, { lat: site.latitude, lng: site.longitude }) * 100) /
          100
        : null,
    queueLength: connectors.reduce((sum, c) => sum + c.queueLength, 0),
    estimatedWaitSeconds:
      usable.length > 0 ? Math.min(...usable.map((c) => c.estimatedWaitSeconds)) : 0,
    isFavorite,
    lastUpdatedAt: lastUpdated === null ? null : new Date(lastUpdated).toISOString(),
  };
}

/**
 * offline: the charger is not connected; faulted: the charger (connector 0) or every connector
 * is Faulted/Unavailable; occupied: no connector is free; free: at least one is.
 */
function statusOf(
  online: boolean,
  stationStatus: string | null,
  connectors: { status: string; free: boolean }[],
): TChargingPointStatus {
  if (!online) return 'offline';
  if (
    (stationStatus !== null && OUT_OF_ORDER.has(stationStatus)) ||
    connectors.every((c) => OUT_OF_ORDER.has(c.status))
  ) {
    return 'faulted';
  }
  return connectors.some((c) => c.free) ? 'free' : 'occupied';
}
