import { and, eq, or, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { chargingProfiles } from '@/db/schema';
import { markProfilesCleared } from './mark-profiles-cleared';

/**
 * OCPP 1.6: a TxProfile lives as long as its transaction. When a session ends, the station's
 * Active TxProfiles for that transaction (and, given the connector, the ones on it that name no
 * transaction, which applied to the one running there) are kept as history, Cleared now.
 */
export async function clearTransactionProfiles(
  tx: Executor,
  stationId: string,
  transactionId: number,
  connectorId?: number,
): Promise<void> {
  const transactionOf = sql`${chargingProfiles.profile} ->> 'transactionId'`;
  await markProfilesCleared(
    tx,
    stationId,
    eq(chargingProfiles.purpose, 'TxProfile'),
    or(
      sql`${transactionOf} = ${String(transactionId)}`,
      connectorId === undefined
        ? undefined
        : and(eq(chargingProfiles.connectorId, connectorId), sql`${transactionOf} is null`),
    ),
  );
}
