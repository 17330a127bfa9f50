import type { CommandAction } from '@/lib/commands/command-actions';

/**
 * How each command's form looks: the fields, their inputs and labels. Plain data, read by the
 * client form to render and by the server action to turn the submitted form into a request
 * (which the command's zod schema then validates).
 */
export type TFieldKind =
  'connector' | 'integer' | 'text' | 'textarea' | 'enum' | 'datetime' | 'list' | 'json';

export interface TCommandField {
  /** The request property this field fills. */
  name: string;
  label: string;
  kind: TFieldKind;
  required?: boolean;
  /** enum: the choices. */
  options?: readonly string[];
  /** connector: offer 0, the charge point as a whole. */
  allowZero?: boolean;
  /** Prefilled value: a valid example for JSON fields, a common choice for the others. */
  initial?: string;
  hint?: string;
}

export const FEATURE_PROFILES = [
  'Core',
  'Firmware',
  'Local list',
  'Reservation',
  'Remote trigger',
  'Smart charging',
] as const;
export type TFeatureProfile = (typeof FEATURE_PROFILES)[number];

export interface TCommandSpec {
  profile: TFeatureProfile;
  description: string;
  fields: TCommandField[];
}

const connector = (required: boolean, allowZero = false): TCommandField => ({
  name: 'connectorId',
  label: 'Connector',
  kind: 'connector',
  required,
  allowZero,
});
const idTag = (name = 'idTag', label = 'Id tag', required = true): TCommandField => ({
  name,
  label,
  kind: 'text',
  required,
  hint: 'up to 20 characters',
});
const retries: TCommandField[] = [
  { name: 'retries', label: 'Retries', kind: 'integer' },
  { name: 'retryInterval', label: 'Retry interval (s)', kind: 'integer' },
];

const CHARGING_PROFILE_EXAMPLE = JSON.stringify(
  {
    chargingProfileId: 1,
    stackLevel: 0,
    chargingProfilePurpose: 'TxDefaultProfile',
    chargingProfileKind: 'Relative',
    chargingSchedule: {
      chargingRateUnit: 'A',
      chargingSchedulePeriod: [{ startPeriod: 0, limit: 16 }],
    },
  },
  null,
  2,
);

const LOCAL_LIST_EXAMPLE = JSON.stringify(
  [{ idTag: 'FLEET-0001', idTagInfo: { status: 'Accepted' } }],
  null,
  2,
);

export const COMMAND_SPECS: Record<CommandAction, TCommandSpec> = {
  RemoteStartTransaction: {
    profile: 'Core',
    description: 'Start a session for an id tag.',
    fields: [
      connector(false),
      idTag(),
      {
        name: 'chargingProfile',
        label: 'Charging profile (TxProfile JSON)',
        kind: 'json',
        hint: 'optional',
      },
    ],
  },
  RemoteStopTransaction: {
    profile: 'Core',
    description: 'Stop a running transaction.',
    fields: [{ name: 'transactionId', label: 'Transaction id', kind: 'integer', required: true }],
  },
  UnlockConnector: {
    profile: 'Core',
    description: 'Release the cable lock (ends a session on it).',
    fields: [connector(true)],
  },
  Reset: {
    profile: 'Core',
    description: 'Reboot the charger.',
    fields: [
      { name: 'type', label: 'Type', kind: 'enum', options: ['Soft', 'Hard'], required: true },
    ],
  },
  ChangeAvailability: {
    profile: 'Core',
    description: 'Take a connector (or the whole charger) in or out of service.',
    fields: [
      connector(true, true),
      {
        name: 'type',
        label: 'Availability',
        kind: 'enum',
        options: ['Inoperative', 'Operative'],
        required: true,
      },
    ],
  },
  GetConfiguration: {
    profile: 'Core',
    description: 'Read configuration keys (all when none are named).',
    fields: [{ name: 'key', label: 'Keys', kind: 'list', hint: 'comma-separated, optional' }],
  },
  ChangeConfiguration: {
    profile: 'Core',
    description: 'Set one configuration key.',
    fields: [
      { name: 'key', label: 'Key', kind: 'text', required: true },
      { name: 'value', label: 'Value', kind: 'text', required: true },
    ],
  },
  ClearCache: {
    profile: 'Core',
    description: "Empty the charger's authorization cache.",
    fields: [],
  },
  DataTransfer: {
    profile: 'Core',
    description: 'Send vendor-specific data.',
    fields: [
      { name: 'vendorId', label: 'Vendor id', kind: 'text', required: true },
      { name: 'messageId', label: 'Message id', kind: 'text' },
      { name: 'data', label: 'Data', kind: 'textarea' },
    ],
  },
  UpdateFirmware: {
    profile: 'Firmware',
    description: 'Download and install new firmware.',
    fields: [
      { name: 'location', label: 'Firmware URL', kind: 'text', required: true },
      { name: 'retrieveDate', label: 'Retrieve at (UTC)', kind: 'datetime', required: true },
      ...retries,
    ],
  },
  GetDiagnostics: {
    profile: 'Firmware',
    description: 'Upload a diagnostics file.',
    fields: [
      { name: 'location', label: 'Upload URL', kind: 'text', required: true },
      { name: 'startTime', label: 'From (UTC)', kind: 'datetime' },
      { name: 'stopTime', label: 'To (UTC)', kind: 'datetime' },
      ...retries,
    ],
  },
  SendLocalList: {
    profile: 'Local list',
    description: 'Replace or update the local authorization list.',
    fields: [
      { name: 'listVersion', label: 'List version', kind: 'integer', required: true, initial: '1' },
      {
        name: 'updateType',
        label: 'Update type',
        kind: 'enum',
        options: ['Differential', 'Full'],
        required: true,
      },
      {
        name: 'localAuthorizationList',
        label: 'Entries (JSON)',
        kind: 'json',
        initial: LOCAL_LIST_EXAMPLE,
      },
    ],
  },
  GetLocalListVersion: {
    profile: 'Local list',
    description: "Read the version of the charger's local list.",
    fields: [],
  },
  ReserveNow: {
    profile: 'Reservation',
    description: 'Reserve a connector for an id tag.',
    fields: [
      connector(true, true),
      idTag(),
      { name: 'expiryDate', label: 'Expires at (UTC)', kind: 'datetime', required: true },
      idTag('parentIdTag', 'Parent id tag', false),
      {
        name: 'reservationId',
        label: 'Reservation id',
        kind: 'integer',
        hint: 'empty for a new one; an existing id replaces it',
      },
    ],
  },
  CancelReservation: {
    profile: 'Reservation',
    description: 'Cancel a reservation.',
    fields: [{ name: 'reservationId', label: 'Reservation id', kind: 'integer', required: true }],
  },
  TriggerMessage: {
    profile: 'Remote trigger',
    description: 'Ask the charger to send a message now.',
    fields: [
      {
        name: 'requestedMessage',
        label: 'Message',
        kind: 'enum',
        required: true,
        options: [
          'BootNotification',
          'DiagnosticsStatusNotification',
          'FirmwareStatusNotification',
          'Heartbeat',
          'MeterValues',
          'StatusNotification',
        ],
      },
      connector(false, true),
    ],
  },
  SetChargingProfile: {
    profile: 'Smart charging',
    description: 'Install a charging profile.',
    fields: [
      connector(true, true),
      {
        name: 'csChargingProfiles',
        label: 'Charging profile (JSON)',
        kind: 'json',
        required: true,
        initial: CHARGING_PROFILE_EXAMPLE,
      },
    ],
  },
  ClearChargingProfile: {
    profile: 'Smart charging',
    description: 'Remove charging profiles (all of them without a filter).',
    fields: [
      { name: 'id', label: 'Profile id', kind: 'integer' },
      connector(false, true),
      {
        name: 'chargingProfilePurpose',
        label: 'Purpose',
        kind: 'enum',
        options: ['ChargePointMaxProfile', 'TxDefaultProfile', 'TxProfile'],
      },
      { name: 'stackLevel', label: 'Stack level', kind: 'integer' },
    ],
  },
  GetCompositeSchedule: {
    profile: 'Smart charging',
    description: 'Read the schedule the charger will follow.',
    fields: [
      connector(true, true),
      { name: 'duration', label: 'Duration (s)', kind: 'integer', required: true, initial: '3600' },
      { name: 'chargingRateUnit', label: 'Unit', kind: 'enum', options: ['A', 'W'] },
    ],
  },
};
