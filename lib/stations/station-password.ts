import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { hashPassword, isHighEntropySecret, verifyPassword } from '@/lib/auth/password';

/**
 * Station (OCPP AuthorizationKey) passwords. A charger proves its identity on every WebSocket
 * upgrade, so after a restart or a network blip thousands of them reconnect at once; at about
 * 50 ms of CPU per scrypt, 10,000 stations would need minutes of CPU to get back in.
 *
 * A slow hash protects guessable passwords from an offline attack on a leaked table. A secret
 * with 100+ bits of real randomness (what `generateStationPassword()` makes: 144 bits) cannot
 * be guessed however fast the hash is, so for those a salted HMAC-SHA-256 (microseconds) is as
 * safe as scrypt. Passwords that do not look machine-generated keep scrypt. The scheme is the
 * stored hash's prefix, so both kinds (and every existing scrypt hash) verify.
 */
const FAST_SCHEME = 'hmac-sha256';

function hmac(salt: Buffer, password: string): Buffer {
  return createHmac('sha256', salt).update(password, 'utf8').digest();
}

/** Format: hmac-sha256$salt$digest (base64) for random secrets, scrypt$… otherwise. */
export async function hashStationPassword(password: string): Promise<string> {
  if (!isHighEntropySecret(password)) return hashPassword(password);
  const salt = randomBytes(16);
  return [FAST_SCHEME, salt.toString('base64'), hmac(salt, password).toString('base64')].join('$');
}

export function isFastStationHash(stored: string): boolean {
  return stored.startsWith(`${FAST_SCHEME}$`);
}

/** Verifies either scheme; the fast one in constant time. */
export async function verifyStationPassword(password: string, stored: string): Promise<boolean> {
  if (!isFastStationHash(stored)) return verifyPassword(password, stored);
  const [, salt, digest] = stored.split('$');
  if (!salt || !digest) return false;
  const expected = Buffer.from(digest, 'base64');
  const actual = hmac(Buffer.from(salt, 'base64'), password);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
