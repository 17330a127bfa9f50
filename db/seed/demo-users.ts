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
  },
  {
    email: 'bob@chargedeck.local',
    name: 'Bob Driver',
    role: 'driver',
    password: 'driver-demo-pass',
    idTag: 'DEMO-BOB-1',
  },
  {
    email: 'carla@chargedeck.local',
    name: 'Carla Driver',
    role: 'driver',
    password: 'driver-demo-pass',
    idTag: 'DEMO-CARLA-1',
  },
] as const;
