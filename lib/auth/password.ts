import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(scryptCallback) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

const PARAMS = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 32;

/** scrypt from Node's crypto: no native dependency. Format: scrypt$N$r$p$salt$hash (base64). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(password, salt, KEY_LENGTH, PARAMS);
  return [
    'scrypt',
    PARAMS.N,
    PARAMS.r,
    PARAMS.p,
    salt.toString('base64'),
    hash.toString('base64'),
  ].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: PARAMS.maxmem,
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

const MIN_SECRET_LENGTH = 20;
const MIN_SECRET_BITS = 112;

/**
 * Conservative test for "long and random" (station passwords may use a fast hash when it
 * holds, see lib/stations/station-password.ts): at least 20 characters from at least three
 * character classes, mostly distinct characters (rules out repeats such as
 * "Password123!Password123!") and at least 112 bits by length × log2(alphabet). A false "no"
 * only costs CPU.
 */
export function isHighEntropySecret(password: string): boolean {
  if (password.length < MIN_SECRET_LENGTH) return false;
  const classes: [RegExp, number][] = [
    [/[a-z]/, 26],
    [/[A-Z]/, 26],
    [/[0-9]/, 10],
    [/[^a-zA-Z0-9]/, 33],
  ];
  const present = classes.filter(([pattern]) => pattern.test(password));
  const alphabet = present.reduce((sum, [, size]) => sum + size, 0);
  return (
    present.length >= 3 &&
    new Set(password).size >= 0.6 * password.length &&
    password.length * Math.log2(alphabet) >= MIN_SECRET_BITS
  );
}

/**
 * A random password for a new station (144 bits, base64url), shown to the operator once.
 * About 1 in 150 draws lacks a digit and a symbol; those are drawn again so every generated
 * password qualifies for the fast station hash.
 */
export function generateStationPassword(): string {
  for (;;) {
    const password = randomBytes(18).toString('base64url');
    if (isHighEntropySecret(password)) return password;
  }
}
