import type { CommandEffect } from './command-effect';
import { upsertConfigurationKeys } from './upsert-configuration-keys';

/** Stores the reported keys; unknown keys are the charger's business and change nothing. */
export const getConfiguration: CommandEffect<'GetConfiguration'> = {
  async onAnswer({ tx, stationId, response }) {
    const keys = (response.configurationKey ?? []).map(({ key, value, readonly }) => ({
      key,
      value: value ?? null,
      readonly,
    }));
    await upsertConfigurationKeys(tx, stationId, keys);
  },
};
