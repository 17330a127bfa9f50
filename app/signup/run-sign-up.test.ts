import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { authorizeIdTag } from '@/lib/id-tags/authorize-id-tag';
import { idTags, users } from '@/db/schema';
import { verifyCredentials } from '@/lib/auth/verify-credentials';
import { aUser, unique } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { runSignUp, SIGN_UP_RULE } from './run-sign-up';

const { db } = useTestDb();

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

function signUpForm(overrides: Record<string, string> = {}) {
  return form({
    name: 'Ada Driver',
    email: `${unique('ada')}@Example.test`,
    password: 'long enough pw',
    confirmPassword: 'long enough pw',
    ...overrides,
  });
}

const byEmail = (email: string) =>
  db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`);

describe('runSignUp', () => {
  it('creates a driver who can then sign in with the password', async () => {
    const data = signUpForm();
    const email = data.get('email') as string;
    const state = await runSignUp(db, data, unique('ip'));
    expect(state).toEqual({ status: 'created', email: email.toLowerCase() });
    const [created] = await byEmail(email);
    expect(created).toMatchObject({
      name: 'Ada Driver',
      role: 'driver',
      email: email.toLowerCase(),
    });
    expect((await verifyCredentials(db, email, 'long enough pw'))?.id).toBe(created!.id);
    // A virtual card to charge from the app with, valid at once.
    const [tag] = await db.select().from(idTags).where(eq(idTags.userId, created!.id));
    expect(tag?.idTag).toMatch(/^APP-[0-9A-F]{12}$/);
    expect((await authorizeIdTag(db, tag!.idTag)).idTagInfo.status).toBe('Accepted');
  });

  it('answers field errors for a short password, a mismatch and a bad email, writing nothing', async () => {
    const email = `${unique('bad')}@example.test`;
    expect(
      await runSignUp(
        db,
        signUpForm({ email, password: 'short', confirmPassword: 'other' }),
        unique('ip'),
      ),
    ).toMatchObject({
      status: 'invalid',
      email,
      fieldErrors: { password: 'At least 10 characters' },
    });
    expect(
      await runSignUp(db, signUpForm({ email, confirmPassword: 'long enough pX' }), unique('ip')),
    ).toMatchObject({ fieldErrors: { confirmPassword: 'The passwords do not match' } });
    expect(
      await runSignUp(db, signUpForm({ email: 'not-an-email', name: ' ' }), unique('ip')),
    ).toMatchObject({
      fieldErrors: { email: 'Enter a valid email address', name: 'Enter your name' },
    });
    expect(await byEmail(email)).toEqual([]);
  });

  it('refuses an email already taken, in any case, as a field error', async () => {
    const existing = await aUser(db);
    const state = await runSignUp(
      db,
      signUpForm({ email: existing.email.toUpperCase() }),
      unique('ip'),
    );
    expect(state).toMatchObject({
      status: 'invalid',
      fieldErrors: { email: expect.stringContaining('already exists') },
    });
    const [row] = await db.select().from(users).where(eq(users.id, existing.id));
    expect(row?.name).toBe(existing.name);
  });

  it('limits the accounts one IP address creates per hour', async () => {
    const ip = unique('ip');
    const now = new Date();
    for (let i = 0; i < SIGN_UP_RULE.limit; i += 1) {
      expect(await runSignUp(db, signUpForm(), ip, now)).toMatchObject({ status: 'created' });
    }
    const data = signUpForm();
    expect(await runSignUp(db, data, ip, now)).toMatchObject({
      status: 'refused',
      message: expect.stringMatching(
        /^Too many accounts created from here\. Try again in \d+ minutes?\.$/,
      ),
    });
    expect(await byEmail(data.get('email') as string)).toEqual([]);
  });
});
