import type { connectors, sites } from '@/db/schema';

type TConnectorRow = typeof connectors.$inferSelect;
type TSiteRow = typeof sites.$inferSelect;

/** What a driver needs to know first: can I charge here now? */
export type TChargingPointStatus = 'free' | 'occupied' | 'offline' | 'faulted';

export interface TChargingPointConnector {
  id: string;
  /** The OCPP connector number (1-based). */
  connectorId: number;
  type: TConnectorRow['type'];
  maxPowerW: number | null;
  /** The charger's last reported status, or Offline while the charger is disconnected. */
  status: TConnectorRow['status'] | 'Offline';
  /** Requests waiting in this connector's queue. */
  queueLength: number;
  /** How long a request made now would wait here; 0 when the connector is free. */
  estimatedWaitSeconds: number;
}

export type TChargingPointSite = Pick<
  TSiteRow,
  | 'id'
  | 'name'
  | 'address'
  | 'city'
  | 'country'
  | 'timeZone'
  | 'latitude'
  | 'longitude'
  | 'amenities'
>;

export interface TChargingPoint {
  /** The station id. */
  id: string;
  name: string;
  site: TChargingPointSite | null;
  status: TChargingPointStatus;
  connectors: TChargingPointConnector[];
  maxPowerKw: number | null;
  /** Gross prices in a few words; null when no active tariff applies. */
  price: { currency: string; summary: string } | null;
  /** From `near`, great-circle; null without `near` or without a site. */
  distanceKm: number | null;
  /** Requests waiting at all connectors. */
  queueLength: number;
  /** The shortest wait over the connectors for a request made now. */
  estimatedWaitSeconds: number;
  isFavorite: boolean;
  /** The latest of the charger's last message and its connectors' status times. */
  lastUpdatedAt: string | null;
}

export interface TChargingPointDetail extends TChargingPoint {
  /** The tariff in words, one line per price element; null when no active tariff applies. */
  tariff: { lines: string[] } | null;
  /** Sites have no opening hours yet: always null. */
  openingHours: null;
}

export type TConnectorType = NonNullable<TConnectorRow['type']>;

export interface TChargingPointFilters {
  /** Exact site city, any case. */
  city?: string;
  /** At least one connector of this type (any of these types)… */
  connectorType?: TConnectorType | TConnectorType[];
  /** …with at least this power (the same connector when both are given). */
  minPowerKw?: number;
  /** Only stations whose status is free. */
  onlyAvailable?: boolean;
  /** Adds distanceKm and sorts by it. */
  near?: { lat: number; lng: number };
  /** Station name, site name, address or city contains this, any case. */
  q?: string;
  /** The user whose favorites mark isFavorite (same as userId; either will do). */
  favoritesOf?: string;
  /** Only the user's favorites (none without a user). */
  onlyFavorites?: boolean;
  userId?: string;
  /** Only these stations (the detail view reads one). */
  stationIds?: string[];
}
