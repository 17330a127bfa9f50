/** Where a charger connects: the OCPP endpoint plus its identity as the last path segment. */
export function stationOcppUrl(ocppBaseUrl: string, identity: string): string {
  return `${ocppBaseUrl.replace(/\/+$/, '')}/${identity}`;
}
