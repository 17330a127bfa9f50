import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Every key starts with this, so leaked keys are easy to spot in logs and by secret scanners. */
export const API_KEY_PREFIX = 'cd_live_';
/** Characters of randomness kept in the stored, displayed prefix: enough to tell keys apart. */
const VISIBLE_CHARS = 8;

/**
 * The secret is 32 random bytes (256 bits), so a fast salted HMAC-SHA-256 is as safe as a slow
 * hash: nothing this random can be guessed from a leaked table (see station-password.ts).
 * Format: hmac-sha256$salt$digest (base64).
 */
const SCHEME = 'hmac-sha256';

function hmac(salt: Buffer, key: string): Buffer {
  return createHmac('sha256', salt).update(key, 'utf8').digest();
}

export function generateApiKeySecret(): string {
  return `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** The part of a key shown in lists and used to find its row; null when it is not a key. */
export function apiKeyPrefixOf(key: string): string | null {
  if (!key.startsWith(API_KEY_PREFIX)) return null;
  const visible = key.slice(API_KEY_PREFIX.length, API_KEY_PREFIX.length + VISIBLE_CHARS);
  return visible.length === VISIBLE_CHARS ? `${API_KEY_PREFIX}${visible}` : null;
}

export function hashApiKeySecret(key: string): string {
  const salt = randomBytes(16);
  return [SCHEME, salt.toString('base64'), hmac(salt, key).toString('base64')].join('$');
}

/** Constant-time comparison of a presented key with a stored hash. */
export function verifyApiKeySecret(key: string, stored: string): boolean {
  const [scheme, salt, digest] = stored.split('$');
  if (scheme !== SCHEME || !salt || !digest) return false;
  const expected = Buffer.from(digest, 'base64');
  const actual = hmac(Buffer.from(salt, 'base64'), key);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
