import type { TSessionUser } from '@/lib/auth/auth-session-store';
import { hasRole } from '@/lib/auth/roles';

/** Server actions are public endpoints: each checks the session and the role itself. */
export function checkOperator(
  user: TSessionUser | null,
): { operator: TSessionUser } | { refused: { status: 'refused'; message: string } } {
  if (!user) {
    return { refused: { status: 'refused', message: 'Your session ended: sign in again.' } };
  }
  if (!hasRole(user.role, 'operator')) {
    return {
      refused: { status: 'refused', message: 'Forbidden (403): this is for operators.' },
    };
  }
  return { operator: user };
}
