export type TTone = 'green' | 'blue' | 'amber' | 'red' | 'grey';

/** What an operator or driver should read from a connector: offline stations say so. */
export function effectiveConnectorStatus(status: string, stationOnline: boolean): string {
  return stationOnline ? status : 'Offline';
}

export function connectorTone(status: string): TTone {
  switch (status) {
    case 'Available':
      return 'green';
    case 'Charging':
      return 'blue';
    case 'Preparing':
    case 'Finishing':
    case 'SuspendedEV':
    case 'SuspendedEVSE':
    case 'Reserved':
      return 'amber';
    case 'Faulted':
      return 'red';
    default:
      return 'grey';
  }
}
