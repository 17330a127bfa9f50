import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Remembers, in this process only, which password last verified against a station's stored
 * hash, so a reconnect storm of stations whose hash is still scrypt costs one scrypt per
 * station per process rather than one per connection.
 *
 * Keyed by identity and the stored hash itself: setting a new password changes the hash, so
 * an old entry can never let the old password in. The password is not kept, only an HMAC of
 * it under a key that exists only in this process's memory. Bounded: the oldest entries go.
 */
export function createVerifiedCredentialsCache(options: { maxEntries?: number } = {}) {
  const maxEntries = options.maxEntries ?? 100_000;
  const key = randomBytes(32);
  const entries = new Map<string, Buffer>();
  const digest = (password: string) => createHmac('sha256', key).update(password).digest();
  const entryKey = (identity: string, storedHash: string) => `${identity}\u0000${storedHash}`;

  return {
    /** True only if this exact password was verified against this exact stored hash. */
    has(identity: string, storedHash: string, password: string): boolean {
      const known = entries.get(entryKey(identity, storedHash));
      return known !== undefined && timingSafeEqual(known, digest(password));
    },
    remember(identity: string, storedHash: string, password: string): void {
      const k = entryKey(identity, storedHash);
      entries.delete(k);
      entries.set(k, digest(password));
      if (entries.size > maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
    },
    get size(): number {
      return entries.size;
    },
  };
}

export type VerifiedCredentialsCache = ReturnType<typeof createVerifiedCredentialsCache>;
