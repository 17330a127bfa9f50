import type { connectorType } from '../schema/enums';
import type { tariffs } from '../schema/tariffs';

/**
 * The demo network. Shared by the seed (what the CSMS knows) and the simulated fleet (what
 * the chargers are), so the two always match.
 */
export type DemoConnectorType = (typeof connectorType.enumValues)[number];

export interface DemoSite {
  key: string;
  name: string;
  address: string;
  city: string;
  postalCode: string;
  country: string;
  latitude: number;
  longitude: number;
  timeZone: string;
  amenities: string[];
  tariffKey: string;
  /** The grid connection load management shares (issue 5); unlimited when absent. */
  gridLimitW?: number;
}

export interface DemoStation {
  identity: string;
  name: string;
  siteKey: string;
  vendor: string;
  model: string;
  connectors: { connectorId: number; type: DemoConnectorType; maxPowerW: number }[];
}

/** Demo prices (minor units, net of VAT; energy per MWh, time and idle per hour). */
export const DEMO_TARIFFS: (Omit<typeof tariffs.$inferInsert, 'id'> & { key: string })[] = [
  {
    key: 'de-ac',
    name: 'Berlin AC (night rate)',
    currency: 'EUR',
    energyPricePerMwh: 39_000,
    idleFeePerHour: 600,
    idleGraceMinutes: 240,
    vatBasisPoints: 1900,
    bands: [{ days: [1, 2, 3, 4, 5, 6, 7], from: '22:00', to: '06:00', energyPricePerMwh: 29_000 }],
  },
  {
    key: 'de-fast',
    name: 'Berlin fast charging',
    currency: 'EUR',
    energyPricePerMwh: 59_000,
    idleFeePerHour: 3_600,
    idleGraceMinutes: 45,
    vatBasisPoints: 1900,
  },
  {
    key: 'nl',
    name: 'Amsterdam (evening peak)',
    currency: 'EUR',
    energyPricePerMwh: 45_000,
    idleFeePerHour: 1_200,
    idleGraceMinutes: 60,
    vatBasisPoints: 2100,
    bands: [{ days: [1, 2, 3, 4, 5], from: '17:00', to: '21:00', energyPricePerMwh: 55_000 }],
  },
  {
    key: 'pt',
    name: 'Lisbon',
    currency: 'EUR',
    energyPricePerMwh: 32_000,
    sessionFee: 50,
    vatBasisPoints: 2300,
  },
];

/** Every demo charger uses this basic-auth password (security profile 1). Demo only. */
export const DEMO_STATION_PASSWORD = 'demo-charger-secret';

export const DEMO_SITES: DemoSite[] = [
  {
    key: 'berlin-mitte',
    name: 'Mitte Parkhaus',
    address: 'Rosenthaler Str. 40',
    city: 'Berlin',
    postalCode: '10178',
    country: 'DE',
    latitude: 52.5265,
    longitude: 13.4024,
    timeZone: 'Europe/Berlin',
    amenities: ['WiFi', 'Restroom', 'Cafe'],
    tariffKey: 'de-ac',
    gridLimitW: 100_000,
  },
  {
    key: 'berlin-tempelhof',
    name: 'Tempelhof Retail Park',
    address: 'Tempelhofer Damm 227',
    city: 'Berlin',
    postalCode: '12099',
    country: 'DE',
    latitude: 52.4619,
    longitude: 13.3857,
    timeZone: 'Europe/Berlin',
    amenities: ['Shopping', 'Restroom'],
    tariffKey: 'de-fast',
  },
  {
    key: 'amsterdam-zuid',
    name: 'Zuidas Mobility Hub',
    address: 'Gustav Mahlerlaan 10',
    city: 'Amsterdam',
    postalCode: '1082 PP',
    country: 'NL',
    latitude: 52.3383,
    longitude: 4.8726,
    timeZone: 'Europe/Amsterdam',
    amenities: ['WiFi', 'Cafe', 'Lounge'],
    tariffKey: 'nl',
  },
  {
    key: 'lisbon-parque',
    name: 'Parque das Nações',
    address: 'Avenida D. João II 40',
    city: 'Lisbon',
    postalCode: '1990-094',
    country: 'PT',
    latitude: 38.7684,
    longitude: -9.0945,
    timeZone: 'Europe/Lisbon',
    amenities: ['Restroom', 'Shopping'],
    tariffKey: 'pt',
  },
];

export const DEMO_STATIONS: DemoStation[] = [
  {
    identity: 'CD-BER-001',
    name: 'Mitte 1',
    siteKey: 'berlin-mitte',
    vendor: 'ABB',
    model: 'Terra AC W22',
    connectors: [
      { connectorId: 1, type: 'Type2', maxPowerW: 22_000 },
      { connectorId: 2, type: 'Type2', maxPowerW: 22_000 },
    ],
  },
  {
    identity: 'CD-BER-002',
    name: 'Mitte Fast',
    siteKey: 'berlin-mitte',
    vendor: 'Alpitronic',
    model: 'HYC150',
    connectors: [
      { connectorId: 1, type: 'CCS2', maxPowerW: 150_000 },
      { connectorId: 2, type: 'CHAdeMO', maxPowerW: 50_000 },
    ],
  },
  {
    identity: 'CD-BER-003',
    name: 'Tempelhof A',
    siteKey: 'berlin-tempelhof',
    vendor: 'Wallbox',
    model: 'Commander 2',
    connectors: [{ connectorId: 1, type: 'Type2', maxPowerW: 11_000 }],
  },
  {
    identity: 'CD-BER-004',
    name: 'Tempelhof HPC',
    siteKey: 'berlin-tempelhof',
    vendor: 'Kempower',
    model: 'S-Series',
    connectors: [
      { connectorId: 1, type: 'CCS2', maxPowerW: 300_000 },
      { connectorId: 2, type: 'CCS2', maxPowerW: 300_000 },
      { connectorId: 3, type: 'Type2', maxPowerW: 22_000 },
    ],
  },
  {
    identity: 'CD-AMS-001',
    name: 'Zuidas 1',
    siteKey: 'amsterdam-zuid',
    vendor: 'Alfen',
    model: 'Eve Double Pro',
    connectors: [
      { connectorId: 1, type: 'Type2', maxPowerW: 22_000 },
      { connectorId: 2, type: 'Type2', maxPowerW: 22_000 },
    ],
  },
  {
    identity: 'CD-AMS-002',
    name: 'Zuidas Fast',
    siteKey: 'amsterdam-zuid',
    vendor: 'ABB',
    model: 'Terra 184',
    connectors: [
      { connectorId: 1, type: 'CCS2', maxPowerW: 180_000 },
      { connectorId: 2, type: 'CHAdeMO', maxPowerW: 50_000 },
    ],
  },
  {
    identity: 'CD-LIS-001',
    name: 'Parque 1',
    siteKey: 'lisbon-parque',
    vendor: 'Efacec',
    model: 'QC45',
    connectors: [
      { connectorId: 1, type: 'CCS2', maxPowerW: 50_000 },
      { connectorId: 2, type: 'CHAdeMO', maxPowerW: 50_000 },
      { connectorId: 3, type: 'Type2', maxPowerW: 43_000 },
    ],
  },
  {
    identity: 'CD-LIS-002',
    name: 'Parque 2',
    siteKey: 'lisbon-parque',
    vendor: 'Wallbox',
    model: 'Pulsar Plus',
    connectors: [{ connectorId: 1, type: 'Type2', maxPowerW: 7_400 }],
  },
];

/** Company fleet cards not tied to a driver account. */
export const DEMO_FLEET_TAGS = [
  'FLEET-0001',
  'FLEET-0002',
  'FLEET-0003',
  'FLEET-0004',
  'FLEET-0005',
];

/** Id tags the simulated fleet presents when it starts a session on its own. */
export const DEMO_ID_TAGS = ['DEMO-ALICE-1', 'DEMO-BOB-1', 'DEMO-CARLA-1', ...DEMO_FLEET_TAGS];
