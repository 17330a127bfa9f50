/** A saved charger, with enough to list it without reading the charging point. */
export interface TFavorite {
  stationId: string;
  name: string;
  site: { id: string; name: string; city: string } | null;
  createdAt: string;
}
