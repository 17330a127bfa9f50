/** Every CSMS-initiated OCPP 1.6J call, across all feature profiles. */
export const COMMAND_ACTIONS = [
  // Core
  'RemoteStartTransaction',
  'RemoteStopTransaction',
  'UnlockConnector',
  'Reset',
  'ChangeAvailability',
  'GetConfiguration',
  'ChangeConfiguration',
  'ClearCache',
  'DataTransfer',
  // Firmware Management
  'UpdateFirmware',
  'GetDiagnostics',
  // Local Auth List Management
  'SendLocalList',
  'GetLocalListVersion',
  // Reservation
  'ReserveNow',
  'CancelReservation',
  // Remote Trigger
  'TriggerMessage',
  // Smart Charging
  'SetChargingProfile',
  'ClearChargingProfile',
  'GetCompositeSchedule',
] as const;

export type CommandAction = (typeof COMMAND_ACTIONS)[number];

export function isCommandAction(value: string): value is CommandAction {
  return (COMMAND_ACTIONS as readonly string[]).includes(value);
}

/** The results every command ends in (see CommandOutcome). */
export const COMMAND_RESULT_STATES = ['answered', 'timeout', 'offline', 'failed'] as const;
export type CommandResultState = (typeof COMMAND_RESULT_STATES)[number];

/** Actions OCPP does not allow towards a charger whose registration is not Accepted. */
export const ACTIONS_REQUIRING_ACCEPTED_STATION: readonly CommandAction[] = [
  'RemoteStartTransaction',
  'ReserveNow',
];
