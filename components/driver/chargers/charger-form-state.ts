/** What the charger page's forms show; free of server code, so the client bundle stays small. */
export type TChargeFormState =
  | { status: 'idle' }
  | {
      status: 'refused';
      message: string;
      /** Set for the vehicle choice when that was the problem. */
      vehicleError?: string;
      /** The request already waiting (409), so the form can link to it. */
      waitingSessionId?: string;
    }
  | { status: 'requested'; sessionId: string };

export const IDLE_CHARGE_FORM: TChargeFormState = { status: 'idle' };

export type TFavoriteFormState =
  | { status: 'idle' }
  | { status: 'refused'; message: string }
  | { status: 'saved'; isFavorite: boolean };

export const IDLE_FAVORITE_FORM: TFavoriteFormState = { status: 'idle' };
