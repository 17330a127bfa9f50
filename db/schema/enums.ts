import { pgEnum } from 'drizzle-orm/pg-core';

export const userRole = pgEnum('user_role', ['driver', 'operator', 'admin']);

export const connectorType = pgEnum('connector_type', [
  'Type1',
  'Type2',
  'CCS1',
  'CCS2',
  'CHAdeMO',
  'Schuko',
]);

/** OCPP 1.6 ChargePointStatus. */
export const connectorStatus = pgEnum('connector_status', [
  'Available',
  'Preparing',
  'Charging',
  'SuspendedEVSE',
  'SuspendedEV',
  'Finishing',
  'Reserved',
  'Unavailable',
  'Faulted',
]);

/** Answer given to the station's last BootNotification (OCPP 1.6 RegistrationStatus). */
export const registrationStatus = pgEnum('registration_status', [
  'Accepted',
  'Pending',
  'Rejected',
]);

export const connectionState = pgEnum('connection_state', ['online', 'offline']);

/** OCPP 1.6 AuthorizationStatus, as stored for an id tag. */
export const idTagStatus = pgEnum('id_tag_status', ['Accepted', 'Blocked', 'Expired', 'Invalid']);

/** Driver-facing session states (see DESIGN.md). */
export const sessionStatus = pgEnum('session_status', [
  'PENDING',
  'APPROVED',
  'CHARGING',
  'COMPLETED',
  'STOPPED',
  'FAILED',
  'DENIED',
  'CANCELLED',
]);

export const commandState = pgEnum('command_state', [
  'queued',
  'sent',
  'answered',
  'timeout',
  'offline',
  'failed',
]);

export const messageDirection = pgEnum('message_direction', ['in', 'out']);
