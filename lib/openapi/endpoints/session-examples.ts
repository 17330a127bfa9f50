import type { z } from 'zod';
import type { ZSessionDetail, ZSessionListItem } from '../schemas/sessions';
import { EXAMPLE_STATION_ID } from './examples';

const AT = '2026-03-01T10:00:00.000Z';
const SESSION_ID = '0d9a8b7c-6e5f-4a3b-9c2d-1e0f9a8b7c6d';

export const EXAMPLE_SESSION: z.input<typeof ZSessionListItem> = {
  id: SESSION_ID,
  transactionId: 1042,
  status: 'CHARGING',
  statusReason: null,
  station: { id: EXAMPLE_STATION_ID, identity: 'CP-HARBOUR-1', name: 'Harbour 1' },
  site: { id: '9b1d2c3e-4f50-4a61-8b72-93a4b5c6d7e8', name: 'Harbour' },
  connectorId: 1,
  idTag: 'RFID-0042',
  userId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  vehicleId: null,
  metadata: { bay: '12' },
  createdAt: '2026-03-01T09:57:40.000Z',
  startedAt: '2026-03-01T09:58:00.000Z',
  stoppedAt: null,
  energyWh: 5120,
  costMinor: null,
  currency: 'EUR',
  stopReason: null,
};

export const EXAMPLE_SESSION_DETAIL: z.input<typeof ZSessionDetail> = {
  ...EXAMPLE_SESSION,
  costMinor: 238,
  approvedAt: '2026-03-01T09:57:42.000Z',
  expiresAt: null,
  chargingEndedAt: null,
  chargerStoppedAt: null,
  socPercent: 54,
  lastPowerW: 11000,
  lastMeterWh: 125120,
  cost: {
    currency: 'EUR',
    lines: [{ kind: 'energy', band: null, quantity: 5120, amount: 200 }],
    subtotal: 200,
    vat: 38,
    total: 238,
    energyWh: 5120,
  },
  meterValues: [
    {
      sampledAt: AT,
      measurand: 'Energy.Active.Import.Register',
      phase: null,
      unit: 'Wh',
      value: 125120,
    },
  ],
  meterValuesTruncated: false,
  commands: [
    {
      id: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
      action: 'RemoteStartTransaction',
      state: 'answered',
      ocppStatus: 'Accepted',
      createdAt: '2026-03-01T09:57:40.100Z',
      answeredAt: '2026-03-01T09:57:41.900Z',
    },
  ],
  queue: null,
};
