import { describe, expect, it } from 'vitest';
import { generateStationPassword, hashPassword, isHighEntropySecret } from '@/lib/auth/password';
import { hashStationPassword, isFastStationHash, verifyStationPassword } from './station-password';

describe('station passwords', () => {
  it('tells machine-generated secrets from passwords a person would pick', () => {
    expect(isHighEntropySecret('x8Kq2LmZ7pRt4VwN9bYc0DfG')).toBe(true);
    for (const weak of [
      'test-password-123',
      'correcthorsebatterystaple',
      'Password123!Password123!',
      'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    ]) {
      expect(isHighEntropySecret(weak), weak).toBe(false);
    }
  });

  it('generates passwords that always get the fast hash', () => {
    for (let i = 0; i < 500; i += 1)
      expect(isHighEntropySecret(generateStationPassword())).toBe(true);
  });

  it('hashes a random secret with salted HMAC-SHA-256 and verifies only that secret', async () => {
    const secret = generateStationPassword();
    const stored = await hashStationPassword(secret);
    expect(stored).toMatch(/^hmac-sha256\$/);
    expect(stored).not.toBe(await hashStationPassword(secret));
    expect(await verifyStationPassword(secret, stored)).toBe(true);
    expect(await verifyStationPassword(`${secret}x`, stored)).toBe(false);
    expect(await verifyStationPassword(generateStationPassword(), stored)).toBe(false);
  });

  it('keeps scrypt for weak passwords, and existing scrypt hashes still verify', async () => {
    const weak = await hashStationPassword('test-password-123');
    expect(isFastStationHash(weak)).toBe(false);
    expect(await verifyStationPassword('test-password-123', weak)).toBe(true);

    const secret = generateStationPassword();
    const legacy = await hashPassword(secret);
    expect(await verifyStationPassword(secret, legacy)).toBe(true);
    expect(await verifyStationPassword('test-password-123', legacy)).toBe(false);
  });

  it('rejects a malformed fast hash', async () => {
    expect(await verifyStationPassword('anything', 'hmac-sha256$')).toBe(false);
  });
});
