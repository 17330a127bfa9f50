import { Badge } from '@/components/ui/badge';
import type { TTone } from '@/components/ui/connector-status';
import type { sessions } from '@/db/schema';

type TStatus = (typeof sessions.$inferSelect)['status'];

const TONES: Record<TStatus, TTone> = {
  PENDING: 'amber',
  APPROVED: 'amber',
  CHARGING: 'blue',
  COMPLETED: 'green',
  STOPPED: 'green',
  FAILED: 'red',
  DENIED: 'red',
  CANCELLED: 'grey',
};

export function SessionStatusBadge({ status }: { status: TStatus }) {
  return <Badge tone={TONES[status]}>{status}</Badge>;
}
