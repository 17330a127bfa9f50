/** Demo logins, printed when `npm start` seeds an empty database. Demo only. */
export const DEMO_USERS = [
  {
    email: 'admin@chargedeck.local',
    name: 'Ada Admin',
    role: 'admin',
    password: 'admin-demo-pass',
  },
  {
    email: 'operator@chargedeck.local',
    name: 'Otto Operator',
    role: 'operator',
    password: 'operator-demo-pass',
  },
  {
    email: 'alice@chargedeck.local',
    name: 'Alice Driver',
    role: 'driver',
    password: 'driver-demo-pass',
    idTag: 'DEMO-ALICE-1',
    vehicles: [
      {
        make: 'Volkswagen',
        model: 'ID.3 Pro S',
        batteryCapacityWh: 77_000,
        connectorTypes: ['CCS2', 'Type2'],
      },
    ],
  },
  {
    email: 'bob@chargedeck.local',
    name: 'Bob Driver',
    role: 'driver',
    password: 'driver-demo-pass',
    idTag: 'DEMO-BOB-1',
    vehicles: [
      {
        make: 'Tesla',
        model: 'Model 3 Long Range',
        batteryCapacityWh: 75_000,
        connectorTypes: ['CCS2', 'Type2'],
      },
    ],
  },
  {
    email: 'carla@chargedeck.local',
    name: 'Carla Driver',
    role: 'driver',
    password: 'driver-demo-pass',
    idTag: 'DEMO-CARLA-1',
    vehicles: [
      {
        make: 'Renault',
        model: 'Zoe R135',
        batteryCapacityWh: 52_000,
        connectorTypes: ['Type2', 'CCS2'],
      },
      {
        make: 'Nissan',
        model: 'Leaf e+',
        batteryCapacityWh: 59_000,
        connectorTypes: ['CHAdeMO', 'Type2'],
      },
    ],
  },
] as const;
