import { z } from 'zod';
import type { TChangeRoleState, TInviteUserState } from '@/components/admin/users/user-form-state';
import type { Database } from '@/db/client';
import { userRole } from '@/db/schema';
import type { TSessionUser } from '@/lib/auth/auth-session-store';
import { actionRefusal } from '@/lib/auth/action-refusal';
import { changeUserRole } from '@/lib/users/change-user-role';
import { inviteUser, ZInviteUserRequest } from '@/lib/users/invite-user';

function refusal(user: TSessionUser | null): string | null {
  return actionRefusal(user, 'admin', 'users are managed by admins')?.message ?? null;
}

/** Invite: authenticate → validate → create the account → its temporary password, shown once. */
export async function runInviteUser(
  db: Database,
  user: TSessionUser | null,
  form: FormData,
): Promise<TInviteUserState> {
  const refused = refusal(user);
  if (refused || !user) return { status: 'refused', message: refused ?? '' };
  const parsed = ZInviteUserRequest.safeParse({
    email: form.get('email') ?? '',
    name: form.get('name') ?? '',
    role: form.get('role') ?? '',
  });
  if (!parsed.success) {
    const fields = z.flattenError(parsed.error).fieldErrors;
    return {
      status: 'invalid',
      message: 'Check the highlighted fields.',
      fieldErrors: {
        email: fields.email?.[0],
        name: fields.name?.[0],
        role: fields.role ? 'Choose operator or admin' : undefined,
      },
    };
  }
  const result = await inviteUser(db, { actorId: user.id, input: parsed.data });
  if (!result.ok) {
    return {
      status: 'invalid',
      message: 'Check the highlighted fields.',
      fieldErrors: { email: 'An account with this email exists: change its role instead' },
    };
  }
  return {
    status: 'invited',
    email: parsed.data.email,
    temporaryPassword: result.temporaryPassword,
  };
}

const ZChangeRoleForm = z.object({ userId: z.uuid(), role: z.enum(userRole.enumValues) });

const CHANGE_REFUSALS = {
  not_found: 'No such user.',
  own_account: 'You cannot change your own role: ask another admin.',
  unchanged: 'The user already has this role.',
} as const;

/** Change role: admins only, never their own account; audited with the old and new role. */
export async function runChangeUserRole(
  db: Database,
  user: TSessionUser | null,
  form: FormData,
): Promise<TChangeRoleState> {
  const refused = refusal(user);
  if (refused || !user) return { status: 'refused', message: refused ?? '' };
  const parsed = ZChangeRoleForm.safeParse({ userId: form.get('userId'), role: form.get('role') });
  if (!parsed.success) return { status: 'refused', message: 'Choose a user and a role.' };
  const result = await changeUserRole(db, { actorId: user.id, ...parsed.data });
  return result === 'changed'
    ? { status: 'changed' }
    : { status: 'refused', message: CHANGE_REFUSALS[result] };
}
