import type { CommandEffect } from './command-effect';
import { upsertConfigurationKeys } from './upsert-configuration-keys';

/** RebootRequired means the charger took the value and applies it at its next start. */
export const changeConfiguration: CommandEffect<'ChangeConfiguration'> = {
  async onAnswer({ tx, stationId, request, response }) {
    if (response.status !== 'Accepted' && response.status !== 'RebootRequired') return;
    await upsertConfigurationKeys(tx, stationId, [{ key: request.key, value: request.value }]);
  },
};
