import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { users } from '@/db/schema';
import { hashPassword, verifyPassword } from './password';

/** Checked when the email is unknown, so a wrong email costs as long as a wrong password. */
let dummyHash: Promise<string> | undefined;

export async function verifyCredentials(db: Executor, email: string, password: string) {
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email.trim()})`);
  if (!user) {
    dummyHash ??= hashPassword('not-a-real-password');
    await verifyPassword(password, await dummyHash);
    return null;
  }
  return (await verifyPassword(password, user.passwordHash)) ? user : null;
}
