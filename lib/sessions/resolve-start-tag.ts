import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { idTags, vehicles } from '@/db/schema';
import { hasRole } from '@/lib/auth/roles';
import { authorizeIdTag } from '@/lib/id-tags/authorize-id-tag';
import type { TSessionViewer } from './session-scope';

export type TTagResolution =
  | { ok: true; idTag: string; userId: string | null }
  | { ok: false; idTag: string | null; reason: string };

/**
 * The RFID tag a remote start uses and the driver the session belongs to. A driver starts with
 * one of their own tags (the first valid one when they name none); an operator names any tag,
 * and the session belongs to the tag's driver. The tag must be valid now (Accepted, unexpired).
 */
export async function resolveStartTag(
  db: Executor,
  caller: TSessionViewer,
  idTag: string | undefined,
): Promise<TTagResolution> {
  if (hasRole(caller.role, 'operator')) {
    if (idTag === undefined) {
      return { ok: false, idTag: null, reason: 'idTag is required to start for a driver' };
    }
    return checkTag(db, idTag);
  }
  const own = await db
    .select({ idTag: idTags.idTag })
    .from(idTags)
    .where(
      and(eq(idTags.userId, caller.id), idTag === undefined ? undefined : eq(idTags.idTag, idTag)),
    )
    .orderBy(asc(idTags.createdAt));
  if (idTag !== undefined) {
    if (own.length === 0) {
      return { ok: false, idTag, reason: `${idTag} is not one of your RFID tags` };
    }
    return checkTag(db, idTag);
  }
  for (const tag of own) {
    const checked = await checkTag(db, tag.idTag);
    if (checked.ok) return checked;
  }
  return { ok: false, idTag: null, reason: 'You have no valid RFID tag to charge with' };
}

async function checkTag(db: Executor, idTag: string): Promise<TTagResolution> {
  const { idTagInfo, userId } = await authorizeIdTag(db, idTag);
  if (idTagInfo.status === 'Accepted') return { ok: true, idTag, userId };
  const said = idTagInfo.status === 'Invalid' ? 'unknown' : idTagInfo.status.toLowerCase();
  return { ok: false, idTag, reason: `RFID tag ${idTag} is ${said}` };
}

/** Whether the vehicle belongs to the driver (a session may only name its driver's car). */
export async function isVehicleOf(
  db: Executor,
  vehicleId: string,
  userId: string | null,
): Promise<boolean> {
  if (userId === null) return false;
  const [row] = await db
    .select({ id: vehicles.id })
    .from(vehicles)
    .where(and(eq(vehicles.id, vehicleId), eq(vehicles.userId, userId)));
  return row !== undefined;
}
