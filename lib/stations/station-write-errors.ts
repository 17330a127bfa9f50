import { ApiError } from '@/lib/api/api-error';
import { violatedForeignKey, violatedUniqueConstraint } from '@/db/constraint-violation';

/** The station's references an operator sets, by the constraint that guards each. */
const REFERENCES: Record<string, { path: string; message: string }> = {
  stations_site_id_sites_id_fk: { path: 'siteId', message: 'No site has this id' },
  stations_tariff_id_tariffs_id_fk: { path: 'tariffId', message: 'No tariff has this id' },
};

/**
 * Turns a constraint a station write broke into the answer the caller can act on (the database
 * decides, so two operators racing for one identity cannot both win); anything else is rethrown.
 */
export function rethrowStationWriteError(error: unknown, identity?: string): never {
  if (violatedUniqueConstraint(error) === 'stations_identity_unique') {
    const which = identity ? ` ${identity}` : '';
    throw new ApiError('conflict', `A station with identity${which} already exists`);
  }
  const reference = REFERENCES[violatedForeignKey(error) ?? ''];
  if (reference) {
    throw new ApiError('validation_failed', `Unknown ${reference.path}`, [reference]);
  }
  throw error;
}
