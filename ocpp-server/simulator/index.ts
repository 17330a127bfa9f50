export { SimulatedChargePoint, type ConnectorSnapshot } from './charge-point';
export { createClock, realClock, type Clock } from './clock';
export type { ConnectorSpec } from './connector';
export type {
  ChargePointEvents,
  TransactionStartedEvent,
  TransactionStoppedEvent,
} from './context';
export { startDemoFleet, type DemoFleetOptions } from './demo-fleet';
export { startFleet, type Fleet, type FleetOptions, type FleetStation } from './fleet';
export type { AnswerOverride, LogLevel, SimulatorLog, SimulatorOptions } from './options';
export type {
  TChargingProfile as ChargingProfile,
  TChargingRateUnit as ChargingRateUnit,
  TChargingSchedule as ChargingSchedule,
  TInstalledProfile as InstalledProfile,
} from '@/lib/smart-charging/charging-profile';
export { compositeLimitAt, compositeSchedule } from '@/lib/smart-charging/composite-schedule';
export type { StartTransactionOptions, StartTransactionResult } from './transactions';
export type { ConnectorType, VehicleSpec } from './vehicle';
