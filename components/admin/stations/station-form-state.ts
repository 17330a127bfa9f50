/** Field path (`identity`, `connectors.0.maxPowerW`) → the message to show beside it. */
export type TStationFieldErrors = Record<string, string>;

/** What the register form shows after its server action ran. */
export type TRegisterStationState =
  | { status: 'idle' }
  | { status: 'refused'; message: string }
  | { status: 'invalid'; message: string; fieldErrors: TStationFieldErrors }
  /** The only time the password is seen: it is not stored in plain text anywhere. */
  | {
      status: 'created';
      stationId: string;
      identity: string;
      registrationStatus: string;
      ocppPassword: string;
      ocppUrl: string;
    };

/** What the edit and decommission forms show after their server action ran. */
export type TStationEditState =
  | { status: 'idle' }
  | { status: 'refused'; message: string }
  | { status: 'invalid'; message: string; fieldErrors: TStationFieldErrors }
  /** Decommissioning is final for the charger: ask, then submit again with `confirmed=yes`. */
  | { status: 'confirm'; message: string }
  | { status: 'saved'; message: string };

export const REGISTER_IDLE: TRegisterStationState = { status: 'idle' };
export const EDIT_IDLE: TStationEditState = { status: 'idle' };
