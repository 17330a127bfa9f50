import type { TSessionUser } from './auth-session-store';
import { hasRole, type TRole } from './roles';

export interface TActionRefusal {
  status: 'refused';
  message: string;
}

/**
 * Server actions are public endpoints: each call checks the session and the role itself.
 * Null when the caller may act; otherwise the refusal the form shows (`forbidden` says what
 * is reserved, e.g. "tariffs are for operators").
 */
export function actionRefusal(
  user: TSessionUser | null,
  role: TRole,
  forbidden: string,
): TActionRefusal | null {
  if (!user) return { status: 'refused', message: 'Your session ended: sign in again.' };
  if (!hasRole(user.role, role))
    return { status: 'refused', message: `Forbidden (403): ${forbidden}.` };
  return null;
}
