import type { TSessionUser } from '@/lib/auth/auth-session-store';
import { hasRole } from '@/lib/auth/roles';

/** Server actions are public endpoints: each checks the caller itself. Null when allowed. */
export function operatorRefusal(
  user: TSessionUser | null,
): { status: 'refused'; message: string } | null {
  if (!user) return { status: 'refused', message: 'Your session ended: sign in again.' };
  if (!hasRole(user.role, 'operator')) {
    return { status: 'refused', message: 'Forbidden (403): tags are for operators.' };
  }
  return null;
}
