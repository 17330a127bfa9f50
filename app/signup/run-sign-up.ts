import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { idTags, users } from '@/db/schema';
import { aVirtualIdTag } from '@/lib/id-tags/virtual-id-tag';
import { ZSignUpForm } from '@/components/driver/account/sign-up-form-data';
import type {
  TSignUpField,
  TSignUpFieldErrors,
  TSignUpState,
} from '@/components/driver/account/sign-up-form-state';
import { hashPassword } from '@/lib/auth/password';
import { hitRateLimit, type TRateLimitRule } from '@/lib/rate-limit/hit-rate-limit';

/** Accounts one IP address may create per hour: enough for a family, not for a script. */
export const SIGN_UP_RULE: TRateLimitRule = { limit: 5, windowMs: 60 * 60_000 };

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

/** Creates a driver account from the sign-up form; the caller then signs them in. */
export async function runSignUp(
  db: Executor,
  form: FormData,
  ip: string,
  now: Date = new Date(),
): Promise<TSignUpState> {
  const echo = { name: text(form, 'name'), email: text(form, 'email') };
  const parsed = ZSignUpForm.safeParse({
    ...echo,
    password: text(form, 'password'),
    confirmPassword: text(form, 'confirmPassword'),
  });
  if (!parsed.success) {
    const fieldErrors: TSignUpFieldErrors = {};
    for (const issue of parsed.error.issues)
      fieldErrors[issue.path[0] as TSignUpField] ??= issue.message;
    return { status: 'invalid', message: 'Check the fields marked.', fieldErrors, ...echo };
  }
  const limit = await hitRateLimit(db, `sign-up:ip:${ip}`, SIGN_UP_RULE, now);
  if (!limit.allowed) {
    const minutes = Math.max(1, Math.ceil(limit.retryAfterS / 60));
    return {
      status: 'refused',
      message: `Too many accounts created from here. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      ...echo,
    };
  }
  const { name, email, password } = parsed.data;
  // Emails are unique as typed; sign-in compares lower-cased, so check that way first.
  const [taken] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`);
  const passwordHash = await hashPassword(password);
  const [created] = taken
    ? []
    : await db.transaction(async (tx) => {
        const [user] = await tx
          .insert(users)
          .values({ name, email, passwordHash, role: 'driver' })
          .onConflictDoNothing()
          .returning({ id: users.id });
        // Drivers without an RFID card charge from the app with a virtual token of their own.
        if (user) await tx.insert(idTags).values(aVirtualIdTag(user.id));
        return user ? [user] : [];
      });
  if (!created) {
    return {
      status: 'invalid',
      message: 'Check the fields marked.',
      fieldErrors: { email: 'An account with this email already exists. Sign in instead.' },
      ...echo,
    };
  }
  return { status: 'created', email };
}
