import { randomBytes } from 'node:crypto';

/**
 * A token for charging from the app, for drivers without an RFID card: `APP-` and 12 hex
 * digits (16 characters, within OCPP's 20), random so it cannot be guessed from the account.
 */
export function aVirtualIdTag(userId: string) {
  return {
    idTag: `APP-${randomBytes(6).toString('hex').toUpperCase()}`,
    userId,
    label: 'App (virtual card)',
  };
}
