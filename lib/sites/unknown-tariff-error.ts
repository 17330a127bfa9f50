import { ApiError } from '@/lib/api/api-error';
import { violatedForeignKey } from '@/db/constraint-violation';

/**
 * A write that named a tariff which does not exist, as the 422 the caller can act on; anything
 * else unchanged. The foreign key decides, so a tariff deleted mid-request is caught too.
 */
export function unknownTariffError(error: unknown): unknown {
  if (violatedForeignKey(error)?.includes('tariff')) {
    return new ApiError('validation_failed', 'Invalid request body', [
      { path: 'tariffId', message: 'No tariff has this id' },
    ]);
  }
  return error;
}
