/**
 * Transaction ids are PostgreSQL integers; a charger can send any JSON integer. One outside
 * that range cannot be ours, and querying with it would fail the whole statement.
 */
export function isStoredTransactionId(transactionId: number): boolean {
  return Number.isInteger(transactionId) && transactionId > 0 && transactionId <= 2_147_483_647;
}
