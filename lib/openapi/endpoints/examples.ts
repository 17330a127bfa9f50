import type { z } from 'zod';
import type { ZConsoleConnector } from '../schemas/stations';

export const EXAMPLE_STATION_ID = '4f0c7a52-1f7e-4e55-9a53-2a7d3c1b9e10';

export const EXAMPLE_CONNECTOR: z.input<typeof ZConsoleConnector> = {
  connectorId: 1,
  type: 'Type2',
  maxPowerW: 22000,
  status: 'Charging',
  errorCode: 'NoError',
  info: null,
  statusAt: '2026-03-01T09:58:00.000Z',
  currentSession: {
    id: '0d9a8b7c-6e5f-4a3b-9c2d-1e0f9a8b7c6d',
    transactionId: 1042,
    status: 'CHARGING',
    startedAt: '2026-03-01T09:58:00.000Z',
    energyWh: 5120,
    powerW: 11000,
    socPercent: 54,
  },
};
