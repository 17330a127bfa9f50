import { DEMO_ID_TAGS, DEMO_STATION_PASSWORD, DEMO_STATIONS } from '@/db/seed/demo-data';
import { startFleet, type Fleet, type FleetOptions } from './fleet';

export type DemoFleetOptions = Omit<FleetOptions, 'stations' | 'demo'> & {
  /** Multiplies every wait of the simulated drivers; below 1 is busier. */
  pace?: number;
  /** Connect the demo chargers without simulated drivers. */
  idle?: boolean;
};

/** The demo network's chargers (the same list the seed registers), alive. */
export function startDemoFleet({ pace, idle, ...options }: DemoFleetOptions): Fleet {
  return startFleet({
    ...options,
    stations: DEMO_STATIONS.map((station) => ({
      identity: station.identity,
      password: DEMO_STATION_PASSWORD,
      vendor: station.vendor,
      model: station.model,
      connectors: station.connectors,
    })),
    demo: idle ? undefined : { idTags: DEMO_ID_TAGS, pace },
  });
}
