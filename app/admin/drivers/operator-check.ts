import { actionRefusal, type TActionRefusal } from '@/lib/auth/action-refusal';
import type { TSessionUser } from '@/lib/auth/auth-session-store';

/** Null when the caller may manage drivers' tags and local lists. */
export function operatorRefusal(user: TSessionUser | null): TActionRefusal | null {
  return actionRefusal(user, 'operator', 'tags are for operators');
}
