import { COMMAND_ACTIONS } from '@/lib/commands/command-actions';

/** OCPP 1.6 calls a charge point initiates; with the commands, every action the log can hold. */
const CHARGER_ACTIONS = [
  'Authorize',
  'BootNotification',
  'DataTransfer',
  'DiagnosticsStatusNotification',
  'FirmwareStatusNotification',
  'Heartbeat',
  'MeterValues',
  'StartTransaction',
  'StatusNotification',
  'StopTransaction',
] as const;

export const OCPP_LOG_ACTIONS: readonly string[] = [
  ...new Set<string>([...CHARGER_ACTIONS, ...COMMAND_ACTIONS]),
].sort();
