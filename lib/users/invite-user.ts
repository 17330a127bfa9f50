import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Database } from '@/db/client';
import { users, userRole } from '@/db/schema';
import { violatedUniqueConstraint } from '@/db/constraint-violation';
import { recordAudit } from '@/lib/audit/record-audit';
import { hashPassword } from '@/lib/auth/password';

export const ZInviteUserRequest = z.object({
  email: z.email({ error: 'Enter an email address' }).trim().toLowerCase().max(200),
  name: z.string().trim().min(1, { error: 'Required' }).max(120),
  /** Invites are for console staff; drivers sign up themselves. */
  role: z.enum(userRole.enumValues).exclude(['driver']),
});
export type TInviteUserRequest = z.infer<typeof ZInviteUserRequest>;

export type TInviteUserResult =
  { ok: true; userId: string; temporaryPassword: string } | { ok: false; reason: 'email_taken' };

/** 96 random bits, base64url: readable aloud, shown to the inviting admin once. */
function temporaryPassword(): string {
  return randomBytes(12).toString('base64url');
}

/** Creates an operator/admin account with a temporary password and audits who invited whom. */
export async function inviteUser(
  db: Database,
  options: { actorId: string; input: TInviteUserRequest },
): Promise<TInviteUserResult> {
  const { actorId, input } = options;
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ ...input, passwordHash })
        .returning({ id: users.id });
      await recordAudit(tx, {
        actorId,
        action: 'user.invited',
        targetType: 'user',
        targetId: user!.id,
        details: { email: input.email, role: input.role },
      });
      return { ok: true as const, userId: user!.id, temporaryPassword: password };
    });
  } catch (error) {
    if (violatedUniqueConstraint(error)?.includes('email')) {
      return { ok: false, reason: 'email_taken' };
    }
    throw error;
  }
}
